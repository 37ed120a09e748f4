package org.amilab.workshop.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.amilab.base.LiveUpdates;
import org.amilab.content.ContentService;
import org.amilab.workshop.Participant;
import org.amilab.workshop.Workshop;
import org.amilab.workshop.WorkshopProblem;
import org.amilab.workshop.WorkshopService;

/**
 * One workshop for its instructor, projector-friendly: the code, the join link and its QR code,
 * joining open or closed, and the participants as they join, each of whom can be removed.
 */
@Route("workshops/:workshopId")
@RolesAllowed("INSTRUCTOR")
@Uses(Button.class)
public class WorkshopView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService workshops;
    private final ContentService content;
    private final LiveUpdates liveUpdates;
    private final Grid<Participant> participants = new Grid<>();
    private final Button joining = new Button();
    private final Span count = new Span();
    /** Read by the live refresh, which runs without the session lock. */
    private volatile @Nullable Workshop workshop;
    private @Nullable Registration ticking;
    private String title = "Workshop · AMI Lab";
    private List<Participant> shown = List.of();

    public WorkshopView(WorkshopService workshops, ContentService content, LiveUpdates liveUpdates) {
        this.workshops = workshops;
        this.content = content;
        this.liveUpdates = liveUpdates;
        addClassNames("page", "workshop-page");
        // the view is kept when the instructor moves to another workshop: listeners and columns once
        joining.setId("toggle-joining");
        joining.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        joining.addClickListener(click -> {
            Workshop shown = workshop;
            if (shown != null) {
                workshop = workshops.setJoiningOpen(shown.id(), !shown.joiningOpen());
                showJoining();
            }
        });
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get("workshopId").flatMap(Workshop::idOf);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            workshop = workshops.workshop(id.get());
        } catch (WorkshopProblem | AccessDeniedException notTheirs) {
            // another instructor's workshop is "not found" to them, as one that does not exist
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = workshop.title() + " · AMI Lab";
        shown = List.of();
        build(workshop);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void build(Workshop workshop) {
        removeAll();
        String link = JoinLink.of(workshop.joinCode());
        var code = new Span(workshop.joinCode());
        code.setId("join-code");
        code.addClassName("join-code");
        var anchor = new Anchor(link, link);
        anchor.setId("join-link");
        var qr = new Html("<div id=\"join-qr\">" + JoinLink.qrSvg(link) + "</div>");
        var joinBox = new Div(new Paragraph(new Span("Join at "), anchor, new Span(" with the code")), code, qr);
        joinBox.addClassName("join-box");
        showJoining();
        var announcement = new TextArea("Announcement to every participant");
        announcement.setId("announcement-text");
        announcement.setMaxLength(500);
        announcement.setWidthFull();
        announcement.setValue(workshop.announcement().map(Workshop.Announcement::text).orElse(""));
        var announce = new Button("Announce", click -> {
            try {
                this.workshop = workshops.announce(workshop.id(), announcement.getValue());
                announcement.setInvalid(false);
                Notification.show(this.workshop.announcement().isPresent() ? "Announced to every participant."
                        : "The announcement is taken down.");
            } catch (WorkshopProblem tooLong) {
                announcement.setErrorMessage(tooLong.getMessage());
                announcement.setInvalid(true);
            }
        });
        announce.setId("announce");
        var pacing = new Div();
        if (workshop.paced()) {
            var unlocked = new Span();
            unlocked.setId("unlocked-lessons");
            Runnable showUnlocked = () -> unlocked.setText(this.workshop.lessonsUnlocked() + " of "
                    + workshop.lessons().size() + " lessons unlocked.");
            showUnlocked.run();
            var next = new Button("Unlock the next lesson", click -> {
                this.workshop = workshops.unlockNextLesson(workshop.id());
                showUnlocked.run();
            });
            next.setId("unlock-next");
            pacing.add(new H2("Pacing"), unlocked, next);
        }
        count.setId("participant-count");
        UUID workshopId = workshop.id();
        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = workshops.participantsCsv(workshopId);
            return new DownloadResponse(new ByteArrayInputStream(csv), "participants.csv", "text/csv; charset=utf-8",
                    csv.length);
        }), "Download participants as CSV");
        export.setId("export-csv");
        add(new H1(workshop.title()), new Paragraph(WorkshopsView.WHEN.format(workshop.startsAt()) + " to "
                        + WorkshopsView.WHEN.format(workshop.endsAt()) + " · " + (workshop.paced() ? "instructor-paced"
                        : "free-paced") + " · budget $" + workshop.budgetUsd().toPlainString() + " per learner · quiz pass "
                        + "mark " + workshop.passMark() + "% · lessons: " + String.join(", ", workshop.lessons().stream()
                        .map(id -> content.lesson(id).map(l -> l.title()).orElse(id)).toList())),
                joinBox, joining, pacing, new H2("Announcement"), announcement, announce, new H2("Participants"), count,
                export, participants);
        showParticipants(workshops.participants(workshop.id()));
    }

    private void showJoining() {
        Workshop shownNow = workshop;
        joining.setText(shownNow != null && shownNow.joiningOpen() ? "Close joining" : "Open joining");
    }

    private void configureGrid() {
        participants.setId("participants");
        participants.setAriaLabel("Participants");
        participants.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        participants.addColumn(Participant::displayName).setHeader("Learner").setFlexGrow(2);
        participants.addColumn(p -> WorkshopsView.WHEN.format(p.joinedAt())).setHeader("Joined").setAutoWidth(true);
        participants.addColumn(Participant::runningInstances).setHeader("Running").setAutoWidth(true).setKey("running");
        participants.addColumn(p -> "$" + p.spendUsd().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " of $"
                + budgetShown()).setHeader("Spent").setAutoWidth(true);
        participants.addColumn(p -> p.lastActivity().map(WorkshopsView.WHEN::format).orElse("—")).setHeader("Last action")
                .setAutoWidth(true);
        participants.addColumn(LitRenderer.<Participant>of("<vaadin-button theme=\"small error tertiary\" @click=${remove} "
                        + "aria-label=\"Remove ${item.name}\">Remove</vaadin-button>")
                .withProperty("name", Participant::displayName)
                .withFunction("remove", this::confirmRemove)).setHeader("").setAutoWidth(true);
        participants.setEmptyStateText("Nobody has joined yet.");
        participants.setAllRowsVisible(true);
    }

    private String budgetShown() {
        Workshop shownNow = workshop;
        return shownNow == null ? "" : shownNow.budgetUsd().toPlainString();
    }

    private void confirmRemove(Participant participant) {
        var dialog = new ConfirmDialog("Remove " + participant.displayName() + "?", "They can no longer open the "
                + "workshop's playground, and the code will not let them join again.", "Remove", confirmed -> {
                    Workshop shownNow = workshop;
                    if (shownNow != null) {
                        workshops.remove(shownNow.id(), participant.userId());
                        showParticipants(workshops.participants(shownNow.id()));
                    }
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void showParticipants(List<Participant> fresh) {
        count.setText(fresh.size() + (fresh.size() == 1 ? " learner" : " learners") + " joined.");
        if (!fresh.equals(shown)) {
            shown = fresh;
            participants.setItems(fresh);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // each tick reads the workshop shown then, also after the instructor moved to another one
        ticking = liveUpdates.subscribe(attachEvent.getUI(), () -> {
            Workshop shownNow = workshop;
            return shownNow == null ? List.<Participant>of() : workshops.participants(shownNow.id());
        }, this::showParticipants);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (ticking != null) {
            ticking.remove();
        }
        super.onDetach(detachEvent);
    }
}
