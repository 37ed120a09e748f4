package org.amilab.simulator;

import java.util.Set;

/** A section of a lesson in {@code content/}: the lesson id and the anchor of a heading in it. */
public record LessonRef(String lessonId, String anchor) {

    /** The lessons of the course; an error may only point at one of these. */
    public static final Set<String> LESSON_IDS = Set.of("what-is-an-ami", "why-amis", "choosing-an-ami", "ami-sources",
            "instance-store-vs-ebs", "instance-lifecycle", "creating-your-own-ami", "image-builder", "key-takeaways");

    public LessonRef {
        Require.that(LESSON_IDS.contains(lessonId), "unknown lesson " + lessonId);
        Require.text(anchor, "anchor");
    }

    /** Parses "lesson-id#anchor". */
    public static LessonRef of(String reference) {
        int hash = reference.indexOf('#');
        Require.that(hash > 0, "a lesson reference looks like lesson-id#anchor: " + reference);
        return new LessonRef(reference.substring(0, hash), reference.substring(hash + 1));
    }

    @Override
    public String toString() {
        return lessonId + "#" + anchor;
    }
}
