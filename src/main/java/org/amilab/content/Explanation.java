package org.amilab.content;

/** What a refusal means for the learner, with the values of this refusal filled in, and where the rule is taught. */
public record Explanation(String text, LessonSection lesson) {
}
