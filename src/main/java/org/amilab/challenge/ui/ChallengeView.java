package org.amilab.challenge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.amilab.base.LiveUpdates;
import org.amilab.challenge.ChallengeRun;
import org.amilab.challenge.ChallengeService;
import org.amilab.content.Challenge;
import org.amilab.content.ContentService;
import org.amilab.content.Lesson;
import org.amilab.playground.OtherPlaygrounds;
import org.amilab.playground.PlaygroundService;
import org.amilab.playground.ui.PlaygroundSwitch;
import org.amilab.playground.ui.PlaygroundWorkbench;

/**
 * One guided challenge: first its goal and steps with a button to start, then its own playground
 * with the steps beside it, ticking off as the learner works.
 */
@Route("challenges/:challengeId")
@PermitAll
public class ChallengeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentService content;
    private final ChallengeService challenges;
    private final PlaygroundService playgrounds;
    private final LiveUpdates liveUpdates;
    private final List<OtherPlaygrounds> others;
    private String title = "Challenge · AMI Lab";

    public ChallengeView(ContentService content, ChallengeService challenges, PlaygroundService playgrounds,
                         LiveUpdates liveUpdates, List<OtherPlaygrounds> others) {
        this.content = content;
        this.challenges = challenges;
        this.playgrounds = playgrounds;
        this.liveUpdates = liveUpdates;
        this.others = others;
        addClassNames("page", "challenge-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("challengeId").orElse("");
        Optional<Challenge> challenge = content.challenge(id);
        if (challenge.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = "Challenge: " + challenge.get().title() + " · AMI Lab";
        challenges.run(id).ifPresentOrElse(this::showRun, () -> showIntroduction(challenge.get()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void showIntroduction(Challenge challenge) {
        removeAll();
        var steps = new OrderedList();
        steps.addClassName("challenge-preview");
        challenge.steps().forEach(step -> steps.add(new ListItem(step.title())));
        var start = new Button("Start the challenge", click -> showRun(challenges.start(challenge.id())));
        start.setId("start-challenge");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(challenge.title()), new Paragraph(challenge.goal()), new H2("What you will do"), steps,
                new Paragraph("The challenge gets a simulated EC2 account of its own, in " + challenge.setup().region()
                        + (challenge.setup().launches().isEmpty() ? "" : ", with instances already waiting for you")
                        + ". Your free playground stays as it is."), start, backLinks(challenge));
    }

    private void showRun(ChallengeRun run) {
        removeAll();
        Challenge challenge = run.challenge();
        var panel = new ChallengePanel(challenges, run, new ChallengePanel.Actions() {
            @Override
            public void restart() {
                confirm("Restart the challenge?", "Its playground is set up afresh and every step starts again. "
                        + "Challenges you completed before stay on your progress page.", "Restart",
                        () -> showRun(challenges.restart(challenge.id())));
            }

            @Override
            public void leave() {
                confirm("Leave the challenge?", "Its playground is thrown away. Challenges you completed stay on "
                        + "your progress page, and you can start this one again at any time.", "Leave", () -> {
                            challenges.leave(challenge.id());
                            getUI().ifPresent(ui -> ui.navigate(ChallengesView.class));
                        });
            }
        });
        var workbench = new PlaygroundWorkbench(playgrounds.open(run.playgroundPurpose()), content, liveUpdates,
                new PlaygroundWorkbench.Setting("Challenge: " + challenge.title(), challenge.setup().region(), false,
                        panel::check));
        var layout = new Div(panel, workbench);
        layout.addClassName("challenge-layout");
        add(new H1(challenge.title()), new Paragraph(challenge.goal()),
                new PlaygroundSwitch(others, run.playgroundPurpose()), layout, backLinks(challenge));
    }

    private Paragraph backLinks(Challenge challenge) {
        var links = new Paragraph();
        links.addClassName("challenge-links");
        content.lesson(challenge.id()).map(Lesson::path)
                .ifPresent(path -> links.add(new Anchor(path, "Back to the lesson")));
        links.add(new Anchor("challenges", "All challenges"));
        return links;
    }

    private static void confirm(String header, String text, String action, Runnable confirmed) {
        var dialog = new ConfirmDialog(header, text, action, event -> confirmed.run());
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
