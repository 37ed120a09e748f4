package org.amilab.playground.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.Optional;
import org.amilab.base.LiveUpdates;
import org.amilab.content.ContentService;
import org.amilab.playground.ChangedMeanwhileException;
import org.amilab.playground.OpenPlayground;
import org.amilab.playground.PlaygroundRef;
import org.amilab.playground.PlaygroundService;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.ActionResult;
import org.amilab.simulator.Ec2Error;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.PlaygroundCommand.AdvanceClock;
import org.amilab.simulator.PlaygroundCommand.PauseClock;
import org.amilab.simulator.PlaygroundCommand.ResumeClock;
import org.amilab.simulator.PlaygroundCommand.SetClockSpeed;
import org.amilab.simulator.Region;

/**
 * EC2 Image Builder in the learner's free playground: recipes made of the shipped components,
 * pipelines with their infrastructure and distribution settings, and the images they build in
 * simulated time. The build and test instances and the output AMIs are those of the playground,
 * so the Playground page shows them too.
 */
@Route("image-builder")
@PageTitle("Image Builder · AMI Lab")
@Menu(title = "Image Builder", order = 22, icon = "vaadin:cogs")
@PermitAll
public class ImageBuilderPage extends Main {

    /** What a panel asks of the page: run a command, show EC2's refusal or the success notice. */
    interface Commands {
        /** Runs {@code command}; the page shows EC2's refusal or the notice {@code done}. */
        <T> Outcome execute(PlaygroundCommand<T> command, String done);
    }

    /** Whether the command went ahead; if EC2 refused it, its error, for the panel to mark the field. */
    record Outcome(boolean done, Optional<Ec2Error> refusal) {
    }

    private final OpenPlayground playground;
    private final LiveUpdates liveUpdates;
    private final ErrorBox errors;
    private final Select<Region> region = new Select<>();
    private final ClockBar clock;
    private final PanelTabs tabs = new PanelTabs("image-builder-tabs");
    private final PipelinesPanel pipelines;
    private final ImagesPanel images;
    private final RecipesPanel recipes;
    private final ComponentsPanel components;
    private PlaygroundView shown;
    private Registration ticking;

    public ImageBuilderPage(PlaygroundService service, ContentService content, LiveUpdates liveUpdates) {
        this.playground = service.open(PlaygroundRef.FREE);
        this.liveUpdates = liveUpdates;
        this.errors = new ErrorBox(content);
        addClassName("page");
        addClassName("image-builder-page");
        Commands commands = this::execute;
        clock = new ClockBar(new ClockBar.Controls() {
            @Override
            public void setSpeed(int speed) {
                execute(new SetClockSpeed(speed), "");
            }

            @Override
            public void pause(boolean paused) {
                execute(paused ? new PauseClock() : new ResumeClock(), "");
            }

            @Override
            public void advance(Duration step) {
                execute(new AdvanceClock(step), "");
            }
        });
        region.setLabel("Region");
        region.setId("region");
        region.setWidth("20rem");
        region.setMaxWidth("100%");
        region.setItems(content.catalog().regions());
        region.setItemLabelGenerator(r -> r.code() + " · " + r.name());
        region.setValue(content.catalog().region(PlaygroundPage.DEFAULT_REGION).orElse(content.catalog().regions().get(0)));
        region.addValueChangeListener(change -> show());
        pipelines = new PipelinesPanel(content.catalog(), commands);
        images = new ImagesPanel();
        recipes = new RecipesPanel(content.catalog(), content.components(), commands);
        tabs.add("Pipelines", pipelines);
        tabs.add("Images", images);
        components = new ComponentsPanel(content.components(), commands);
        tabs.add("Recipes", recipes);
        tabs.add("Components", components);
        add(new H1("EC2 Image Builder"), intro(), clock, region, errors, tabs);
    }

    private static Paragraph intro() {
        var lesson = new Anchor("lessons/image-builder", "the Image Builder lesson");
        var playgroundLink = new Anchor("playground", "Playground");
        return new Paragraph(new com.vaadin.flow.component.Text("Build golden AMIs in your free playground: a recipe "
                + "names a parent image and components, a pipeline builds it on an instance type and distributes the "
                + "result to its Regions, by hand or on a schedule in simulated time. Its build and test instances "
                + "and its AMIs are yours, on the "), playgroundLink, new com.vaadin.flow.component.Text(
                        " page too, and cost what they cost there. New to it? Read "), lesson,
                new com.vaadin.flow.component.Text("."));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
        ticking = liveUpdates.subscribe(attachEvent.getUI(), playground::view, view -> {
            shown = view;
            show();
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (ticking != null) {
            ticking.remove();
        }
        super.onDetach(detachEvent);
    }

    private <T> Outcome execute(PlaygroundCommand<T> command, String done) {
        try {
            ActionResult<T> result = playground.execute(command);
            refresh();
            if (!result.isSuccess()) {
                errors.show(result.error());
                return new Outcome(false, Optional.of(result.error()));
            }
            errors.clear();
            if (!done.isEmpty()) {
                Notification.show(done, 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            return new Outcome(true, Optional.empty());
        } catch (ChangedMeanwhileException changed) {
            refresh();
            errors.show(changed.getMessage());
            return new Outcome(false, Optional.empty());
        }
    }

    private void refresh() {
        shown = playground.view();
        show();
    }

    private void show() {
        if (shown == null) {
            return;
        }
        String code = region.getValue().code();
        clock.show(shown);
        pipelines.show(shown, code);
        images.show(shown, code);
        recipes.show(shown, code);
        components.show(shown, code);
    }
}
