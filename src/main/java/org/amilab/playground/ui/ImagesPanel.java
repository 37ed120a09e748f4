package org.amilab.playground.ui;

import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.Ami;
import org.amilab.simulator.ImageBuild;

/**
 * The images the learner's pipelines built or are building in one region, newest first, each with
 * its status and progress; a chosen one shows its build log as far as it has got, why it failed, or
 * the AMI it put in each target region.
 */
@Uses(ProgressBar.class)
class ImagesPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** One image as the grid shows it at the view's simulated now. */
    record Row(String key, String image, String pipeline, String trigger, String status, int progress, boolean active,
               String started, String amis) {

        static Row of(ImageBuild build, Instant now) {
            ImageBuild.Status status = build.statusAt(now);
            return new Row(build.region() + "/" + build.reference(), build.reference(), build.pipelineName(),
                    build.trigger() == ImageBuild.Trigger.MANUAL ? "run by hand" : "scheduled",
                    status.apiName().toLowerCase(), build.progressAt(now), !build.endedBy(now),
                    WHEN.format(build.startedAt()),
                    String.join(", ", build.outputsAt(now).stream().map(a -> a.id() + " (" + a.region() + ")").toList()));
        }
    }

    private final Grid<Row> grid = new Grid<>();
    private final GridRows<Row> rows = new GridRows<>(grid, Row::key, row -> row);
    private final Div details = new Div();
    private List<ImageBuild> builds = List.of();
    private Instant now = Instant.EPOCH;
    private Optional<String> chosen = Optional.empty();
    private Object detailsShown = List.of();

    ImagesPanel() {
        addClassName("images-panel");
        configureGrid();
        details.setId("image-details");
        add(new H2("Images"), new Paragraph("Each run of a pipeline makes an image with the recipe's version and a "
                + "build number, such as 1.0.0/2. Choose one to read its build log."), grid, details);
    }

    void show(PlaygroundView view, String region) {
        now = view.simulatedNow();
        builds = view.imageBuilds().stream().filter(b -> b.region().equals(region))
                .sorted(Comparator.comparing(ImageBuild::startedAt).reversed()).toList();
        rows.show(builds.stream().map(b -> Row.of(b, now)).toList());
        showDetails();
    }

    private void configureGrid() {
        grid.setId("images");
        grid.setAriaLabel("Image Builder images");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Row::image).setHeader("Image").setAutoWidth(true);
        grid.addColumn(Row::pipeline).setHeader("Pipeline").setAutoWidth(true);
        grid.addColumn(LitRenderer.<Row>of("<div class=\"image-status\">${item.status}</div>"
                        + "<vaadin-progress-bar ?hidden=${!item.active} .value=${item.progress / 100} "
                        + "aria-label=\"Progress of ${item.image}\"></vaadin-progress-bar>")
                .withProperty("image", Row::image).withProperty("status", Row::status)
                .withProperty("progress", Row::progress).withProperty("active", Row::active))
                .setHeader("Status").setFlexGrow(1);
        grid.addColumn(Row::trigger).setHeader("Started").setAutoWidth(true);
        grid.addColumn(Row::started).setHeader("At (UTC)").setAutoWidth(true);
        grid.addColumn(Row::amis).setHeader("AMIs").setFlexGrow(2);
        grid.setEmptyStateText("No images in this region yet: run a pipeline.");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.isFromClient()) {
                chosen = Optional.ofNullable(change.getValue()).map(Row::key);
                showDetails();
            }
        });
    }

    private void showDetails() {
        Optional<ImageBuild> build = chosen.flatMap(key -> builds.stream()
                .filter(b -> (b.region() + "/" + b.reference()).equals(key)).findFirst());
        Object state = build.map(b -> List.of(b, b.statusAt(now), b.logAt(now).size())).orElse(null);
        if (java.util.Objects.equals(state, detailsShown)) {
            return;
        }
        detailsShown = state;
        details.removeAll();
        build.ifPresent(this::describe);
    }

    private void describe(ImageBuild build) {
        ImageBuild.Status status = build.statusAt(now);
        var heading = new H3(build.reference() + " · " + status.apiName().toLowerCase());
        var instances = new Paragraph("Built on " + build.buildInstanceId() + (build.tested()
                ? ", tested on " + build.testInstanceId() : ", not tested: its recipe has no test components")
                + ", both " + build.instanceType() + " from " + build.parentImageId() + ".");
        details.add(heading, instances);
        if (status == ImageBuild.Status.FAILED) {
            var failure = new Paragraph("Failed while " + build.failure().orElseThrow().phase().name().toLowerCase()
                    + ": " + build.failure().get().reason() + ". No AMI was distributed.");
            failure.setId("image-failure");
            failure.addClassName("image-failure");
            details.add(failure);
        }
        List<Ami> outputs = build.outputsAt(now);
        if (!outputs.isEmpty()) {
            var list = new UnorderedList(outputs.stream().map(a -> new ListItem(a.id() + " in " + a.region() + ", \""
                    + a.name() + "\", in My AMIs there")).toArray(ListItem[]::new));
            list.setId("image-outputs");
            details.add(new Paragraph("Distributed:"), list);
        }
        var log = new Pre(String.join("\n", build.logAt(now).stream().map(line -> "[" + line.phase().name().toLowerCase()
                + "] " + line.component() + " $ " + line.command() + "\n" + indent(line.output())
                + "exit status " + line.exitCode()).toList()));
        log.setId("image-log");
        log.addClassName("image-log");
        log.getElement().setAttribute("aria-label", "Build log of " + build.reference());
        log.getElement().setAttribute("tabindex", "0");
        details.add(new H3("Build log"), build.logAt(now).isEmpty() ? new Paragraph("The build instance is starting.") : log);
    }

    private static String indent(String output) {
        return output.isBlank() ? "" : output.strip().lines().map(line -> "  " + line + "\n")
                .reduce("", String::concat);
    }
}
