package org.amilab.challenge.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.amilab.challenge.ChallengeService;
import org.amilab.challenge.ChallengeStatus;
import org.amilab.content.ContentService;

/** Every guided challenge of the course, with where the learner stands in each. */
@Route("challenges")
@PageTitle("Challenges · AMI Lab")
@Menu(title = "Challenges", order = 17, icon = "vaadin:flag-checkered")
@PermitAll
public class ChallengesView extends Main implements BeforeEnterObserver {

    private final ContentService content;
    private final ChallengeService challenges;

    public ChallengesView(ContentService content, ChallengeService challenges) {
        this.content = content;
        this.challenges = challenges;
        addClassNames("page", "challenge-list-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var list = new UnorderedList();
        list.addClassName("challenge-list");
        for (ChallengeStatus status : challenges.overview()) {
            String id = status.challenge().id();
            var item = new ListItem(new Anchor("challenges/" + id, status.challenge().title()));
            item.getElement().setAttribute("data-challenge", id);
            var lesson = new Span("Lesson: " + content.lesson(id).map(l -> l.title()).orElse(id) + " · "
                    + ChallengeTexts.steps(status.challenge().steps().size()));
            lesson.addClassName("challenge-facts");
            var where = new Span(ChallengeTexts.status(status));
            where.addClassName("challenge-status");
            item.add(lesson, new Span(status.challenge().goal()), where);
            list.add(item);
        }
        add(new H1("Challenges"), new Paragraph("Guided tasks to do in the playground, each in a simulated account "
                + "of its own set up for it. The steps tick off as you work, and hints are there when you are stuck."),
                list);
    }
}
