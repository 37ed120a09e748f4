package org.amilab.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.amilab.content.Question;
import org.amilab.quiz.Answer;
import org.amilab.quiz.QuizAttempt;

/**
 * The field a learner answers one question with, built for its type: radio buttons, check boxes,
 * true or false, a list to reorder with buttons (keyboard and screen reader friendly, no dragging
 * needed), a choice per item, or a number with its unit.
 */
abstract class AnswerInput {

    static final String TRUE = "True";
    static final String FALSE = "False";

    abstract Component component();

    /** The answer given so far; empty while the question is unanswered. */
    abstract Optional<Answer> answer();

    /** What is wrong with what was typed, shown at the field; empty when it can be submitted. */
    Optional<String> problem() {
        return Optional.empty();
    }

    /**
     * The input for {@code asked}; a playground task is checked with {@code playgroundDone}, which
     * tells whether the learner's playground shows it done now.
     */
    static AnswerInput of(QuizAttempt.Asked asked, String label, BooleanSupplier playgroundDone) {
        Question question = asked.question().orElseThrow();
        if (question instanceof Question.PlaygroundTask) {
            return new PlaygroundCheck(playgroundDone);
        }
        if (question instanceof Question.SingleChoice) {
            return new OneChoice(asked.shown(), label);
        }
        if (question instanceof Question.MultipleChoice) {
            return new SeveralChoices(asked.shown(), label);
        }
        if (question instanceof Question.TrueFalse) {
            return new TrueOrFalse(label);
        }
        if (question instanceof Question.Ordering) {
            return new Reorder(asked.shown(), label);
        }
        if (question instanceof Question.Matching matching) {
            return new MatchEach(asked.shown(), matching.options());
        }
        return new NumberWithUnit(((Question.Numeric) question).unit(), label);
    }

    /**
     * A task done in the learner's own playground: nothing to fill in here, only the way there and a
     * check before submitting. Submitting makes the server check the playground itself.
     */
    private static final class PlaygroundCheck extends AnswerInput {

        private final Div box = new Div();

        PlaygroundCheck(BooleanSupplier done) {
            box.addClassName("playground-task");
            var open = new Anchor("playground", "Open your free playground in a new tab");
            open.setTarget("_blank");
            var result = new Span();
            result.addClassName("playground-check");
            result.getElement().setAttribute("aria-live", "polite");
            var check = new Button("Check my playground now", click -> result.setText(done.getAsBoolean()
                    ? "Done: your playground shows it." : "Not yet: your playground does not show it yet."));
            check.addClassName("check-playground");
            check.addThemeVariants(ButtonVariant.LUMO_SMALL);
            box.add(new Paragraph("Do this in your free playground, then come back. When you submit, your playground"
                    + " is checked as it is at that moment."), new Paragraph(open), check, result);
        }

        @Override
        Component component() {
            return box;
        }

        /** Always given: the server answers it from the playground, whatever is sent. */
        @Override
        Optional<Answer> answer() {
            return Optional.of(new Answer.TrueOrFalse(true));
        }
    }

    private static final class OneChoice extends AnswerInput {

        private final RadioButtonGroup<String> group = new RadioButtonGroup<>();

        OneChoice(List<String> shown, String label) {
            group.setLabel(label);
            group.setItems(shown);
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        }

        @Override
        Component component() {
            return group;
        }

        @Override
        Optional<Answer> answer() {
            return Optional.ofNullable(group.getValue()).map(choice -> new Answer.Choices(java.util.Set.of(choice)));
        }
    }

    private static final class SeveralChoices extends AnswerInput {

        private final CheckboxGroup<String> group = new CheckboxGroup<>();

        SeveralChoices(List<String> shown, String label) {
            group.setLabel(label + " (pick every one that applies)");
            group.setItems(shown);
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        }

        @Override
        Component component() {
            return group;
        }

        @Override
        Optional<Answer> answer() {
            return group.getValue().isEmpty() ? Optional.empty() : Optional.of(new Answer.Choices(group.getValue()));
        }
    }

    private static final class TrueOrFalse extends AnswerInput {

        private final RadioButtonGroup<String> group = new RadioButtonGroup<>();

        TrueOrFalse(String label) {
            group.setLabel(label + ": true or false?");
            group.setItems(TRUE, FALSE);
        }

        @Override
        Component component() {
            return group;
        }

        @Override
        Optional<Answer> answer() {
            return Optional.ofNullable(group.getValue()).map(value -> new Answer.TrueOrFalse(TRUE.equals(value)));
        }
    }

    /** Counts as answered once the learner has moved anything: the shuffled order is not their answer. */
    private static final class Reorder extends AnswerInput {

        private final List<String> order;
        private final OrderedList list = new OrderedList();
        private final Div box = new Div();
        private final String label;
        private boolean moved;

        Reorder(List<String> shown, String label) {
            this.order = new ArrayList<>(shown);
            this.label = label;
            var hint = new Span(label + ": put the items in order, first at the top, with the arrow buttons.");
            hint.addClassName("answer-hint");
            list.addClassName("reorder-list");
            box.add(hint, list);
            render();
        }

        private void render() {
            list.removeAll();
            for (int i = 0; i < order.size(); i++) {
                int index = i;
                String item = order.get(i);
                var up = move(VaadinIcon.ARROW_UP, "Move up: " + item, index > 0, () -> swap(index, index - 1));
                var down = move(VaadinIcon.ARROW_DOWN, "Move down: " + item, index < order.size() - 1,
                        () -> swap(index, index + 1));
                var row = new ListItem(new Span(item), up, down);
                row.addClassName("reorder-item");
                list.add(row);
            }
        }

        private Button move(VaadinIcon icon, String name, boolean enabled, Runnable action) {
            var button = new Button(icon.create(), click -> action.run());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            button.setAriaLabel(name);
            button.setTooltipText(name);
            button.setEnabled(enabled);
            return button;
        }

        private void swap(int from, int to) {
            String item = order.get(from);
            order.set(from, order.get(to));
            order.set(to, item);
            moved = true;
            render();
            // keep the focus on the item that moved, so that keyboard users can move it on
            list.getChildren().skip(to).findFirst().ifPresent(row -> row.getElement()
                    .executeJs("const b = this.querySelectorAll('vaadin-button'); (b[$0].disabled ? b[1 - $0] : b[$0]).focus()",
                            from > to ? 0 : 1));
        }

        @Override
        Component component() {
            box.getElement().setAttribute("role", "group");
            box.getElement().setAttribute("aria-label", label);
            return box;
        }

        @Override
        Optional<Answer> answer() {
            return moved ? Optional.of(new Answer.Order(order)) : Optional.empty();
        }
    }

    private static final class MatchEach extends AnswerInput {

        private final LinkedHashMap<String, Select<String>> selects = new LinkedHashMap<>();
        private final Div box = new Div();

        MatchEach(List<String> items, List<String> options) {
            box.addClassName("match-list");
            for (String item : items) {
                var select = new Select<String>();
                select.setLabel(item);
                select.setItems(options);
                select.setPlaceholder("Choose");
                selects.put(item, select);
                box.add(select);
            }
        }

        @Override
        Component component() {
            return box;
        }

        @Override
        Optional<Answer> answer() {
            var matches = new LinkedHashMap<String, String>();
            selects.forEach((item, select) -> {
                if (select.getValue() != null) {
                    matches.put(item, select.getValue());
                }
            });
            return matches.isEmpty() ? Optional.empty() : Optional.of(new Answer.Matches(matches));
        }
    }

    private static final class NumberWithUnit extends AnswerInput {

        private final TextField field = new TextField();

        NumberWithUnit(String unit, String label) {
            field.setLabel(label + " (in " + unit + ")");
            field.setSuffixComponent(new Span(unit));
            field.setAllowedCharPattern("[0-9.\\-]");
            field.addValueChangeListener(change -> field.setInvalid(false));
        }

        @Override
        Component component() {
            return field;
        }

        @Override
        Optional<Answer> answer() {
            return number().map(Answer.Number::new);
        }

        @Override
        Optional<String> problem() {
            if (!field.getValue().isBlank() && number().isEmpty()) {
                String message = "'" + field.getValue() + "' is not a number. Write it with digits, such as 10 or 2.5.";
                field.setErrorMessage(message);
                field.setInvalid(true);
                return Optional.of(message);
            }
            return Optional.empty();
        }

        private Optional<BigDecimal> number() {
            String typed = field.getValue().strip();
            try {
                return typed.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(typed));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
    }
}
