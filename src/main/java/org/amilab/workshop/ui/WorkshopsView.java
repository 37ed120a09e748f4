package org.amilab.workshop.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.amilab.content.ContentService;
import org.amilab.content.Lesson;
import org.amilab.workshop.Workshop;
import org.amilab.workshop.WorkshopForm;
import org.amilab.workshop.WorkshopProblem;
import org.amilab.workshop.WorkshopService;
import org.jspecify.annotations.Nullable;

/** An instructor's workshops: a form for a new one, and each workshop with its code, to open or copy for the next class. */
@Route("workshops")
@PageTitle("Workshops · AMI Lab")
@Menu(title = "Workshops", order = 30, icon = "vaadin:academy-cap")
@RolesAllowed("INSTRUCTOR")
public class WorkshopsView extends Main {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final WorkshopService workshops;
    private final Clock clock;
    private final TextField title = new TextField("Title");
    private final CheckboxGroup<Lesson> lessons = new CheckboxGroup<>("Lessons, in course order");
    private final DateTimePicker startsAt = new DateTimePicker("Starts (UTC)");
    private final DateTimePicker endsAt = new DateTimePicker("Ends (UTC)");
    private final Checkbox paced = new Checkbox("Instructor-paced: I unlock the lessons one by one");
    private final BigDecimalField budget = new BigDecimalField("Playground budget per learner (simulated $)");
    private final IntegerField passMark = new IntegerField("Quiz pass mark (%)");
    private final Grid<Workshop> grid = new Grid<>();

    public WorkshopsView(WorkshopService workshops, ContentService content, Clock clock) {
        this.workshops = workshops;
        this.clock = clock;
        addClassNames("page", "workshops-page");
        title.setId("workshop-title");
        title.setMaxLength(120);
        lessons.setId("workshop-lessons");
        lessons.setItems(content.course().lessons());
        lessons.setItemLabelGenerator(Lesson::title);
        startsAt.setId("workshop-starts");
        endsAt.setId("workshop-ends");
        LocalDateTime nextHour = LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)),
                ZoneOffset.UTC);
        startsAt.setValue(nextHour);
        endsAt.setValue(nextHour.plusHours(3));
        paced.setId("workshop-paced");
        budget.setId("workshop-budget");
        budget.setValue(new BigDecimal("5.00"));
        passMark.setId("workshop-pass-mark");
        passMark.setValue(70);
        passMark.setMin(0);
        passMark.setMax(100);
        var create = new Button("Create workshop", click -> create());
        create.setId("create-workshop");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(title, startsAt, endsAt, budget, passMark, paced, lessons);
        form.setColspan(lessons, 2);
        form.setMaxWidth("56rem");
        configureGrid();
        add(new H1("Workshops"), new Paragraph("Run AMI Lab with a class: each learner joins with the code or the QR "
                + "code and works in a workshop playground of their own, with the budget you set."),
                new H2("New workshop"), form, create, new H2("Your workshops"), grid);
        refresh();
    }

    private void create() {
        List.<HasValidation>of(title, lessons, startsAt, endsAt, budget, passMark).forEach(f -> f.setInvalid(false));
        try {
            Workshop made = workshops.create(new WorkshopForm(title.getValue(), chosenLessons(), instant(startsAt),
                    instant(endsAt), paced.getValue(), budget.getValue(), passMark.getValue()));
            Notification.show("Created " + made.title() + ". Its code is " + made.joinCode() + ".");
            refresh();
        } catch (WorkshopProblem problem) {
            problem.byField().forEach(this::mark);
        }
    }

    private List<String> chosenLessons() {
        return lessons.getValue().stream().sorted(java.util.Comparator.comparing(l -> lessonOrder().indexOf(l.id())))
                .map(Lesson::id).toList();
    }

    private List<String> lessonOrder() {
        return lessons.getListDataView().getItems().map(Lesson::id).toList();
    }

    private void mark(WorkshopForm.Field field, String message) {
        HasValidation shown = Map.<WorkshopForm.Field, HasValidation>of(WorkshopForm.Field.TITLE, title,
                WorkshopForm.Field.LESSONS, lessons, WorkshopForm.Field.STARTS_AT, startsAt,
                WorkshopForm.Field.ENDS_AT, endsAt, WorkshopForm.Field.BUDGET, budget,
                WorkshopForm.Field.PASS_MARK, passMark).get(field);
        shown.setErrorMessage(message);
        shown.setInvalid(true);
    }

    private static @Nullable Instant instant(DateTimePicker picker) {
        return picker.getValue() == null ? null : picker.getValue().toInstant(ZoneOffset.UTC);
    }

    private void refresh() {
        grid.setItems(workshops.mine());
    }

    private void configureGrid() {
        grid.setId("workshops");
        grid.setAriaLabel("Your workshops");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(w -> new Anchor("workshops/" + w.id(), w.title()))).setHeader("Workshop")
                .setFlexGrow(2);
        grid.addColumn(Workshop::joinCode).setHeader("Code").setAutoWidth(true);
        grid.addColumn(w -> WHEN.format(w.startsAt())).setHeader("Starts").setAutoWidth(true);
        grid.addColumn(Workshop::participants).setHeader("Participants").setAutoWidth(true);
        grid.addColumn(w -> w.joiningOpen() ? "open" : "closed").setHeader("Joining").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(w -> {
            var copy = new Button("Copy for the next class", click -> {
                Instant start = w.startsAt().isAfter(clock.instant()) ? w.startsAt() : clock.instant();
                Workshop copied = workshops.copy(w.id(), start.plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS));
                Notification.show("Copied as " + copied.title() + ", a week later, with the code " + copied.joinCode() + ".");
                refresh();
            });
            copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            copy.getElement().setAttribute("aria-label", "Copy " + w.title() + " for the next class");
            return copy;
        })).setHeader("").setAutoWidth(true);
        grid.setEmptyStateText("No workshops yet: create the first one above.");
        grid.setAllRowsVisible(true);
    }
}
