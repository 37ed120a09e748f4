package org.amilab.challenge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.NoSuchElementException;
import org.amilab.challenge.ChallengeRun;
import org.amilab.challenge.ChallengeService;
import org.amilab.content.Challenge;
import org.amilab.playground.PlaygroundView;

/**
 * The open challenge beside its playground: every step with a checkmark that turns on as soon as the
 * playground shows it done, the current step's hints one by one and its solution, and the way to
 * restart or leave. Each view the playground shows is checked; a step coming true is announced.
 */
class ChallengePanel extends Aside {

    /** What the page does when the learner restarts or leaves. */
    interface Actions {
        void restart();

        void leave();
    }

    private final ChallengeService challenges;
    private final Actions actions;
    private final OrderedList steps = new OrderedList();
    private final Div announcement = new Div();
    private final Div finished = new Div();
    private ChallengeRun run;

    ChallengePanel(ChallengeService challenges, ChallengeRun run, Actions actions) {
        this.challenges = challenges;
        this.actions = actions;
        this.run = run;
        setId("challenge-panel");
        addClassName("challenge-panel");
        var heading = new H2("Steps");
        heading.setId("challenge-steps-heading");
        getElement().setAttribute("aria-labelledby", "challenge-steps-heading");
        steps.addClassName("challenge-steps");
        steps.setId("challenge-steps");
        announcement.getElement().setAttribute("role", "status");
        announcement.getElement().setAttribute("aria-live", "polite");
        announcement.addClassName("challenge-announcement");
        announcement.setId("challenge-announcement");
        finished.setId("challenge-finished");
        finished.addClassName("challenge-finished");
        var restart = new Button("Restart challenge", click -> actions.restart());
        restart.setId("restart-challenge");
        restart.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var leave = new Button("Leave challenge", click -> actions.leave());
        leave.setId("leave-challenge");
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var controls = new Div(restart, leave);
        controls.addClassName("challenge-controls");
        add(heading, announcement, finished, steps, controls);
        render();
    }

    /** Checks the steps on the view just shown; redraws, and announces, only when a step came true. */
    void check(PlaygroundView view) {
        if (run.complete()) {
            return;
        }
        int before = run.stepsDone();
        try {
            run = challenges.check(run.challenge().id(), view);
        } catch (NoSuchElementException leftInAnotherTab) {
            announcement.setText("This challenge was left in another tab. Open it again from the challenges page.");
            return;
        }
        if (run.stepsDone() > before) {
            List<Challenge.Step> all = run.challenge().steps();
            announcement.setText(run.complete() ? "All " + all.size() + " steps done: challenge complete."
                    : "Step " + run.stepsDone() + " of " + all.size() + " done: " + all.get(run.stepsDone() - 1).title());
            render();
        }
    }

    private void render() {
        steps.removeAll();
        List<Challenge.Step> all = run.challenge().steps();
        for (int i = 0; i < all.size(); i++) {
            steps.add(step(i, all.get(i)));
        }
        finished.removeAll();
        finished.setVisible(run.complete());
        if (run.complete()) {
            finished.add(new H3("Challenge complete"), new Paragraph("Every step is done. Your progress page counts it; "
                    + "restart to do it again from the beginning."), new Anchor("progress", "See your progress"));
        }
    }

    private ListItem step(int index, Challenge.Step step) {
        var item = new ListItem();
        item.addClassName("challenge-step");
        String state = run.stepDone(index) ? "done" : run.currentStep().filter(c -> c == index).isPresent() ? "current" : "later";
        item.addClassName("step-" + state);
        item.getElement().setAttribute("data-state", state);
        var mark = new Span(run.stepDone(index) ? "\u2713" : state.equals("current") ? "\u2192" : "\u25cb");
        mark.addClassName("step-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        var label = new Span(state.equals("done") ? "Done: " : state.equals("current") ? "Current step: " : "Later: ");
        label.addClassName("sr-only");
        var title = new Span(step.title());
        title.addClassName("step-title");
        item.add(mark, label, title);
        if (state.equals("current")) {
            item.getElement().setAttribute("aria-current", "step");
            item.add(help(index, step));
        }
        return item;
    }

    /** The hints shown so far, a button for the next, and the solution behind a click of its own. */
    private Div help(int index, Challenge.Step step) {
        var help = new Div();
        help.addClassName("step-help");
        List<String> shown = run.shownHints(index);
        if (!shown.isEmpty()) {
            var hints = new OrderedList();
            hints.addClassName("step-hints");
            shown.forEach(hint -> hints.add(new ListItem(hint)));
            help.add(hints);
        }
        int left = step.hints().size() - shown.size();
        if (left > 0) {
            var more = new Button(shown.isEmpty() ? "Show a hint" : "Show another hint (" + left + " left)", click -> {
                run = challenges.revealHint(run.challenge().id(), index);
                render();
            });
            more.setId("show-hint");
            more.addThemeVariants(ButtonVariant.LUMO_SMALL);
            help.add(more);
        }
        var solution = new NativeDetails("Show the solution", new Paragraph(step.solution()));
        solution.addClassName("step-solution");
        solution.setId("step-solution");
        help.add(solution);
        return help;
    }
}
