package org.amilab.content;

/** A section of a lesson: the lesson id and the anchor of one of its headings. */
public record LessonSection(String lessonId, String anchor) {

    /** The address of the section, relative to the application's root. */
    public String href() {
        return "lessons/" + lessonId + "#" + anchor;
    }

    @Override
    public String toString() {
        return lessonId + "#" + anchor;
    }
}
