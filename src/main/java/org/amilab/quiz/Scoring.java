package org.amilab.quiz;

import java.util.List;
import java.util.Map;
import org.amilab.content.Question;

/**
 * The points an answer earns, between 0 and 1 (content/README.md, "quiz.yml", has the rule of each
 * type). An answer that does not fit its question is refused rather than scored, as it can only
 * come from a tampered request.
 */
final class Scoring {

    private Scoring() {
    }

    static double points(Question question, Answer answer) {
        if (question instanceof Question.SingleChoice single) {
            return single(single, as(answer, Answer.Choices.class, question));
        }
        if (question instanceof Question.MultipleChoice multiple) {
            return multiple(multiple, as(answer, Answer.Choices.class, question));
        }
        if (question instanceof Question.TrueFalse statement) {
            return as(answer, Answer.TrueOrFalse.class, question).value() == statement.answer() ? 1 : 0;
        }
        if (question instanceof Question.Ordering ordering) {
            return ordering(ordering, as(answer, Answer.Order.class, question));
        }
        if (question instanceof Question.Matching matching) {
            return matching(matching, as(answer, Answer.Matches.class, question));
        }
        if (question instanceof Question.PlaygroundTask) {
            // the service answers this one itself, from the learner's playground, never the browser
            return as(answer, Answer.TrueOrFalse.class, question).value() ? 1 : 0;
        }
        Question.Numeric numeric = (Question.Numeric) question;
        return numeric.answer().subtract(as(answer, Answer.Number.class, question).value()).abs()
                .compareTo(numeric.tolerance()) <= 0 ? 1 : 0;
    }

    private static double single(Question.SingleChoice question, Answer.Choices answer) {
        checkChoices(question.id(), question.choices(), answer);
        if (answer.chosen().size() > 1) {
            throw new IllegalArgumentException("Question '" + question.id() + "' takes one choice, not "
                    + answer.chosen().size() + ".");
        }
        return question.choices().stream().anyMatch(choice -> choice.correct() && answer.chosen().contains(choice.text()))
                ? 1 : 0;
    }

    private static double multiple(Question.MultipleChoice question, Answer.Choices answer) {
        checkChoices(question.id(), question.choices(), answer);
        long right = question.choices().stream().filter(Question.Choice::correct).count();
        long rightPicks = question.choices().stream()
                .filter(choice -> choice.correct() && answer.chosen().contains(choice.text())).count();
        long wrongPicks = answer.chosen().size() - rightPicks;
        return Math.max(0, (double) (rightPicks - wrongPicks) / right);
    }

    private static double ordering(Question.Ordering question, Answer.Order answer) {
        if (answer.items().size() != question.items().size() || !answer.items().containsAll(question.items())) {
            throw new IllegalArgumentException("Question '" + question.id() + "' orders its own "
                    + question.items().size() + " items, each once.");
        }
        int inPlace = 0;
        for (int i = 0; i < question.items().size(); i++) {
            if (question.items().get(i).equals(answer.items().get(i))) {
                inPlace++;
            }
        }
        return (double) inPlace / question.items().size();
    }

    private static double matching(Question.Matching question, Answer.Matches answer) {
        Map<String, String> given = answer.optionOfItem();
        List<String> items = question.pairs().stream().map(Question.Matching.Pair::item).toList();
        given.forEach((item, option) -> {
            if (!items.contains(item) || !question.options().contains(option)) {
                throw new IllegalArgumentException("Question '" + question.id() + "' has no item '" + item
                        + "' or no option '" + option + "'.");
            }
        });
        long right = question.pairs().stream().filter(pair -> pair.match().equals(given.get(pair.item()))).count();
        return (double) right / question.pairs().size();
    }

    private static void checkChoices(String id, List<Question.Choice> choices, Answer.Choices answer) {
        answer.chosen().forEach(text -> {
            if (choices.stream().noneMatch(choice -> choice.text().equals(text))) {
                throw new IllegalArgumentException("Question '" + id + "' has no choice '" + text + "'.");
            }
        });
    }

    private static <A extends Answer> A as(Answer answer, Class<A> kind, Question question) {
        if (!kind.isInstance(answer)) {
            throw new IllegalArgumentException("Question '" + question.id() + "' is not answered with "
                    + answer.getClass().getSimpleName() + ".");
        }
        return kind.cast(answer);
    }
}
