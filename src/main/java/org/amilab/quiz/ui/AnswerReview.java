package org.amilab.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amilab.content.Question;
import org.amilab.quiz.Answer;
import org.amilab.quiz.QuizAttempt;

/**
 * What the learner answered to one question next to the right answer, in words (never by colour
 * alone), with the feedback written for each choice they picked or should have picked.
 */
final class AnswerReview {

    private AnswerReview() {
    }

    static Component of(Question question, QuizAttempt.Asked asked) {
        var box = new Div();
        box.addClassName("answer-review");
        if (asked.answer().isEmpty()) {
            box.add(new Paragraph("You did not answer this question."));
        }
        Optional<Answer> answer = asked.answer();
        if (question instanceof Question.SingleChoice single) {
            box.add(choices(single.choices(), asked.shown(), chosen(answer)));
        } else if (question instanceof Question.MultipleChoice multiple) {
            box.add(choices(multiple.choices(), asked.shown(), chosen(answer)));
        } else if (question instanceof Question.TrueFalse statement) {
            trueFalse(box, statement, answer);
        } else if (question instanceof Question.Ordering ordering) {
            ordering(box, ordering, answer);
        } else if (question instanceof Question.Matching matching) {
            matching(box, matching, answer);
        } else if (question instanceof Question.PlaygroundTask) {
            box.add(new Paragraph(answer.filter(Answer.TrueOrFalse.class::isInstance)
                    .map(a -> ((Answer.TrueOrFalse) a).value()).orElse(false)
                    ? "Your playground showed the task done when you submitted."
                    : "Your playground did not show the task done when you submitted."));
        } else {
            numeric(box, (Question.Numeric) question, answer);
        }
        return box;
    }

    private static Set<String> chosen(Optional<Answer> answer) {
        return answer.filter(Answer.Choices.class::isInstance).map(a -> ((Answer.Choices) a).chosen()).orElse(Set.of());
    }

    private static Component choices(List<Question.Choice> choices, List<String> shown, Set<String> chosen) {
        var list = new UnorderedList();
        list.addClassName("choice-review");
        for (String text : shown) {
            choices.stream().filter(choice -> choice.text().equals(text)).findFirst().ifPresent(choice -> {
                boolean picked = chosen.contains(text);
                String mark = picked && choice.correct() ? "Your choice, right"
                        : picked ? "Your choice, not right"
                        : choice.correct() ? "A right choice you did not pick" : "Not picked";
                var item = new ListItem(new Span(text), mark(mark));
                item.addClassName(choice.correct() ? "correct-choice" : "other-choice");
                if (picked || choice.correct()) {
                    var feedback = new Paragraph(choice.feedback());
                    feedback.addClassName("choice-feedback");
                    item.add(feedback);
                }
                list.add(item);
            });
        }
        return list;
    }

    private static void trueFalse(Div box, Question.TrueFalse statement, Optional<Answer> answer) {
        String truth = statement.answer() ? "true" : "false";
        answer.filter(Answer.TrueOrFalse.class::isInstance).map(a -> ((Answer.TrueOrFalse) a).value()).ifPresentOrElse(
                value -> {
                    box.add(new Paragraph("You answered " + (value ? "true" : "false") + ". The statement is " + truth + "."));
                    box.add(feedback(statement.feedback(value)));
                },
                () -> box.add(new Paragraph("The statement is " + truth + ".")));
    }

    private static void ordering(Div box, Question.Ordering ordering, Optional<Answer> answer) {
        answer.filter(Answer.Order.class::isInstance).map(a -> ((Answer.Order) a).items()).ifPresent(order -> {
            var yours = new OrderedList();
            for (int i = 0; i < order.size(); i++) {
                boolean inPlace = order.get(i).equals(ordering.items().get(i));
                yours.add(new ListItem(new Span(order.get(i)), mark(inPlace ? "in its place" : "not in its place")));
            }
            box.add(new Paragraph("Your order:"), yours);
        });
        var right = new OrderedList();
        ordering.items().forEach(item -> right.add(new ListItem(item)));
        box.add(new Paragraph("The right order:"), right);
    }

    private static void matching(Div box, Question.Matching matching, Optional<Answer> answer) {
        Map<String, String> given = answer.filter(Answer.Matches.class::isInstance)
                .map(a -> ((Answer.Matches) a).optionOfItem()).orElse(Map.of());
        var list = new UnorderedList();
        for (Question.Matching.Pair pair : matching.pairs()) {
            String yours = given.get(pair.item());
            String verdict = yours == null ? "you left it unmatched; it belongs with " + pair.match()
                    : yours.equals(pair.match()) ? "you matched it with " + yours + ", right"
                    : "you matched it with " + yours + "; it belongs with " + pair.match();
            list.add(new ListItem(new Span(pair.item() + ": "), new Span(verdict)));
        }
        box.add(list);
    }

    private static void numeric(Div box, Question.Numeric numeric, Optional<Answer> answer) {
        String right = plain(numeric.answer()) + " " + numeric.unit()
                + (numeric.tolerance().signum() > 0 ? " (answers within " + plain(numeric.tolerance()) + " count)" : "");
        answer.filter(Answer.Number.class::isInstance).map(a -> ((Answer.Number) a).value()).ifPresentOrElse(
                value -> box.add(new Paragraph("You answered " + plain(value) + " " + numeric.unit() + ". The answer is "
                        + right + ".")),
                () -> box.add(new Paragraph("The answer is " + right + ".")));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static Span mark(String text) {
        var mark = new Span(" (" + text + ")");
        mark.addClassName("choice-mark");
        return mark;
    }

    private static Paragraph feedback(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("choice-feedback");
        return paragraph;
    }
}
