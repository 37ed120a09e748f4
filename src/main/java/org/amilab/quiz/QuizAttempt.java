package org.amilab.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.amilab.content.Question;

/**
 * One attempt at a lesson's quiz, as its learner sees it: the questions in the order asked, and
 * after submission each answer with its points and the result.
 */
public record QuizAttempt(long id, String lessonId, int passMark, Instant startedAt, List<Asked> questions,
        Optional<Result> result) {

    public QuizAttempt {
        questions = List.copyOf(questions);
    }

    public boolean submitted() {
        return result.isPresent();
    }

    /**
     * A question as asked: {@code shown} is the order its choices, items (ordering) or items to
     * match were shown in. {@code question} is empty when it has since been removed from the quiz.
     */
    public record Asked(String questionId, Optional<Question> question, List<String> shown, Optional<Answer> answer,
            double points) {

        public Asked {
            shown = List.copyOf(shown);
        }

        /** Fully right: a retake of what was missed leaves it out. */
        public boolean right() {
            return points >= 1;
        }
    }

    /** The score in per cent of the points, whether it reached the pass mark, and how long it took. */
    public record Result(double percent, boolean passed, Instant submittedAt, Duration timeTaken) {
    }

    /** The questions not fully right, for "retake only what I missed". */
    public List<Asked> missed() {
        return questions.stream().filter(asked -> !asked.right()).toList();
    }
}
