package org.amilab.workshop.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.amilab.base.LiveUpdates;
import org.amilab.content.ContentService;
import org.amilab.playground.OtherPlaygrounds;
import org.amilab.playground.PlaygroundService;
import org.amilab.playground.ui.PlaygroundSwitch;
import org.amilab.playground.ui.PlaygroundWorkbench;
import org.amilab.workshop.Workshop;
import org.amilab.workshop.WorkshopService;

/** A participant's workshop: its lessons, its budget and the workshop playground, a playground of its own. */
@Route("workshop/:workshopId")
@PermitAll
public class WorkshopPlaygroundView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService workshops;
    private final PlaygroundService playgrounds;
    private final ContentService content;
    private final LiveUpdates liveUpdates;
    private final List<OtherPlaygrounds> others;
    private String title = "Workshop · AMI Lab";

    public WorkshopPlaygroundView(WorkshopService workshops, PlaygroundService playgrounds, ContentService content,
                                  LiveUpdates liveUpdates, List<OtherPlaygrounds> others) {
        this.workshops = workshops;
        this.playgrounds = playgrounds;
        this.content = content;
        this.liveUpdates = liveUpdates;
        this.others = others;
        addClassNames("page", "workshop-playground-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Workshop> workshop = event.getRouteParameters().get("workshopId").flatMap(WorkshopPlaygroundView::uuid)
                .flatMap(workshops::joined);
        if (workshop.isEmpty()) {
            add(new H1("Workshop"), new Paragraph("You are not in this workshop. Join it with the code your instructor "
                    + "shows."), new Anchor("join", "Join a workshop"));
            return;
        }
        show(workshop.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }

    private void show(Workshop workshop) {
        title = workshop.title() + " · AMI Lab";
        String purpose = workshops.openPlayground(workshop);
        var lessons = new OrderedList();
        lessons.setId("workshop-lessons");
        workshop.lessons().forEach(id -> content.lesson(id).ifPresent(lesson ->
                lessons.add(new ListItem(new Anchor("lessons/" + lesson.id(), lesson.title())))));
        var budget = new Paragraph("Your playground budget for this workshop is $" + workshop.budgetUsd().toPlainString()
                + " in simulated dollars: once launching more would pass it, the playground denies it, as an AWS "
                + "Budgets action would.");
        budget.setId("workshop-budget");
        var workbench = new PlaygroundWorkbench(playgrounds.open(purpose), content, liveUpdates,
                new PlaygroundWorkbench.Setting("Workshop playground: " + workshop.title(), "us-east-1", false, view -> { }));
        add(new H1(workshop.title()), new PlaygroundSwitch(others, purpose), new H2("Lessons"), lessons, budget, workbench);
    }
}
