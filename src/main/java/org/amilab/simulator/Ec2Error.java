package org.amilab.simulator;

/**
 * Why EC2 refused an action: the error {@code code} and {@code message} EC2 itself returns (with the
 * real ids in it), an {@code explanation} for the learner in our own words, and the lesson section
 * that teaches the rule. {@code reason} is a stable key the content may use to override the text.
 */
public record Ec2Error(Refusal reason, String code, String message, String explanation, LessonRef lesson) {

    public Ec2Error {
        Require.present(reason, "reason");
        Require.text(code, "code");
        Require.text(message, "message");
        Require.text(explanation, "explanation");
        Require.present(lesson, "lesson");
    }
}
