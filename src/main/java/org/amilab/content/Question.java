package org.amilab.content;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of a lesson's quiz, as the instructor wrote it in {@code quiz.yml}. Every question
 * names the lesson section that teaches its answer and explains why the answer is right.
 */
public sealed interface Question {

    /** Permanent within its quiz: saved attempts refer to it. */
    String id();

    String prompt();

    String explanation();

    LessonSection section();

    /** One choice of a choice question, with the feedback a learner who picked it reads. */
    record Choice(String text, boolean correct, String feedback) {
    }

    /** Exactly one of the choices is right. */
    record SingleChoice(String id, String prompt, List<Choice> choices, String explanation, LessonSection section)
            implements Question {
    }

    /** One or more of the choices are right; the learner picks every one they think is. */
    record MultipleChoice(String id, String prompt, List<Choice> choices, String explanation, LessonSection section)
            implements Question {
    }

    /** A statement that is true or false. */
    record TrueFalse(String id, String prompt, boolean answer, String feedbackIfTrue, String feedbackIfFalse,
            String explanation, LessonSection section) implements Question {

        /** What a learner who answered {@code answered} reads. */
        public String feedback(boolean answered) {
            return answered ? feedbackIfTrue : feedbackIfFalse;
        }
    }

    /** Items to put in order; {@code items} are in the right order and are shown shuffled. */
    record Ordering(String id, String prompt, List<String> items, String explanation, LessonSection section)
            implements Question {
    }

    /** Each item belongs with one of the options (several items may share one). */
    record Matching(String id, String prompt, List<String> options, List<Pair> pairs, String explanation,
            LessonSection section) implements Question {

        public record Pair(String item, String match) {
        }
    }

    /** A number with its unit; answers within {@code tolerance} of {@code answer} are right. */
    record Numeric(String id, String prompt, BigDecimal answer, String unit, BigDecimal tolerance, String explanation,
            LessonSection section) implements Question {
    }

    /**
     * A task to do in the learner's own free playground, answered by checking it: it is right when
     * every condition of {@code check} holds there when the attempt is submitted.
     */
    record PlaygroundTask(String id, String prompt, List<Condition> check, String explanation, LessonSection section)
            implements Question {

        public PlaygroundTask {
            check = List.copyOf(check);
        }

        public boolean doneIn(Observed playground) {
            return check.stream().allMatch(condition -> condition.holdsIn(playground));
        }
    }
}
