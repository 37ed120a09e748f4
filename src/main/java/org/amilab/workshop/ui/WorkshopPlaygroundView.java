package org.amilab.workshop.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
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
import org.jspecify.annotations.Nullable;

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
    private final Div banner = new Div();
    private final OrderedList lessons = new OrderedList();
    /** Read by the live refresh, which runs without the session lock. */
    private volatile @Nullable Workshop shownWorkshop;
    private @Nullable Registration ticking;
    private Object newsShown = List.of();

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
        // the view is kept when the learner moves to another workshop: nothing of the last one stays
        removeAll();
        shownWorkshop = null;
        newsShown = List.of();
        Optional<Workshop> workshop = event.getRouteParameters().get("workshopId").flatMap(Workshop::idOf)
                .flatMap(workshops::joined);
        if (workshop.isEmpty()) {
            showNotIn();
            return;
        }
        show(workshop.get());
    }

    private void showNotIn() {
        removeAll();
        shownWorkshop = null;
        add(new H1("Workshop"), new Paragraph("You are not in this workshop. Join it with the code your instructor "
                + "shows."), new Anchor("join", "Join a workshop"));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Workshop workshop) {
        title = workshop.title() + " · AMI Lab";
        String purpose = workshops.openPlayground(workshop.id());
        shownWorkshop = workshop;
        banner.setId("announcement");
        banner.addClassName("workshop-announcement");
        banner.getElement().setAttribute("role", "status");
        lessons.setId("workshop-lessons");
        showNews(workshop);
        var budget = new Paragraph("Your playground budget for this workshop is $" + workshop.budgetUsd().toPlainString()
                + " in simulated dollars: once launching more would pass it, the playground denies it, as an AWS "
                + "Budgets action would.");
        budget.setId("workshop-budget");
        var workbench = new PlaygroundWorkbench(playgrounds.open(purpose), content, liveUpdates,
                new PlaygroundWorkbench.Setting("Workshop playground: " + workshop.title(), "us-east-1", false, view -> { }));
        add(new H1(workshop.title()), banner, new PlaygroundSwitch(others, purpose), new H2("Lessons"), lessons, budget,
                workbench);
    }

    /** The announcement and the unlocked lessons, as the instructor last left them. */
    private void showNews(Workshop workshop) {
        var news = List.of(workshop.announcement(), workshop.lessonsUnlocked());
        if (news.equals(newsShown)) {
            return;
        }
        newsShown = news;
        banner.setText(workshop.announcement().map(a -> "From your instructor: " + a.text()).orElse(""));
        banner.setVisible(workshop.announcement().isPresent());
        lessons.removeAll();
        workshop.lessons().forEach(id -> content.lesson(id).ifPresent(lesson -> lessons.add(workshop.unlocked(id)
                ? new ListItem(new Anchor("lessons/" + lesson.id(), lesson.title()))
                : new ListItem(lesson.title() + " (locked until your instructor opens it)"))));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // each tick reads the workshop shown then; a learner the instructor removed loses the playground at once
        ticking = liveUpdates.subscribe(attachEvent.getUI(), () -> {
            Workshop shown = shownWorkshop;
            return shown == null ? Optional.<Optional<Workshop>>empty() : Optional.of(workshops.joined(shown.id()));
        }, fresh -> fresh.ifPresent(joined -> joined.ifPresentOrElse(this::showNews, this::showNotIn)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (ticking != null) {
            ticking.remove();
        }
        super.onDetach(detachEvent);
    }
}
