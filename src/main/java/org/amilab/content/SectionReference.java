package org.amilab.content;

import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** A {@code lesson-id#anchor} written in a content file, resolved against the course. */
final class SectionReference {

    private SectionReference() {
    }

    /**
     * The section, or empty after telling {@code problem} what is wrong; with no course (it is broken
     * itself) only the form is checked.
     */
    static Optional<LessonSection> resolve(String reference, @Nullable Course course, Consumer<String> problem) {
        int hash = reference.indexOf('#');
        if (hash <= 0 || hash == reference.length() - 1) {
            problem.accept("needs a lesson as lesson-id#anchor, not '" + reference + "'");
            return Optional.empty();
        }
        var section = new LessonSection(reference.substring(0, hash), reference.substring(hash + 1));
        if (course == null) {
            return Optional.of(section);
        }
        Optional<Lesson> lesson = course.lesson(section.lessonId());
        if (lesson.isEmpty()) {
            problem.accept("lesson '" + section.lessonId() + "' is not in course.yml");
            return Optional.empty();
        }
        Optional<String> noAnchor = LessonRenderer.anchorProblem(lesson.get(), section.anchor());
        noAnchor.ifPresent(problem);
        return noAnchor.isPresent() ? Optional.empty() : Optional.of(section);
    }
}
