package org.amilab.content;

import java.util.List;
import java.util.Optional;

/**
 * One lesson, rendered once to sanitized HTML. {@code sections} are its headings in order, each
 * with the plain text under it, for the table of contents and for search.
 */
public record Lesson(String id, String title, String summary, List<String> objectives, int minutes,
        Optional<String> playground, String html, List<Section> sections) {

    public record Section(int level, String title, String anchor, String text) {
    }

    /** The route of this lesson, relative to the application root. */
    public String path() {
        return pathOf(id);
    }

    public static String pathOf(String lessonId) {
        return "lessons/" + lessonId;
    }
}
