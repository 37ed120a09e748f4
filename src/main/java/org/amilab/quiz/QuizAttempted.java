package org.amilab.quiz;

import java.util.Map;

/**
 * A learner submitted a quiz attempt: published in the submitting transaction, so progress and
 * workshop dashboards hear committed attempts only. {@code points} maps each question asked to the
 * points its answer earned.
 */
public record QuizAttempted(long userId, String lessonId, long attemptId, double percent, boolean passed,
        Map<String, Double> points) {

    public QuizAttempted {
        points = Map.copyOf(points);
    }
}
