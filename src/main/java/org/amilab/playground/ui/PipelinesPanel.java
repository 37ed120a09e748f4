package org.amilab.playground.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.Catalog;
import org.amilab.simulator.Ec2Error;
import org.amilab.simulator.ImageBuild;
import org.amilab.simulator.ImagePipeline;
import org.amilab.simulator.ImagePipelineRequest;
import org.amilab.simulator.ImageRecipe;
import org.amilab.simulator.InstanceType;
import org.amilab.simulator.PipelineSchedule;
import org.amilab.simulator.PlaygroundCommand.CreateImagePipeline;
import org.amilab.simulator.PlaygroundCommand.StartImagePipelineExecution;
import org.amilab.simulator.PlaygroundCommand.UpdateImagePipeline;
import org.amilab.simulator.Region;

/**
 * Image pipelines of one region: a form with the recipe, the infrastructure (build instance type)
 * and distribution settings (target regions, accounts to share with, AMI name) and the schedule;
 * the pipelines, each with Run pipeline and Edit, which loads it into the form for Update pipeline.
 */
@Uses(Button.class)
class PipelinesPanel extends Div {

    static final String DEFAULT_AMI_NAME = "golden {{imagebuilder:buildDate}}";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** One pipeline as the grid shows it at the view's simulated now. */
    record Row(String name, String recipe, String instanceType, String regions, String schedule, String nextRun,
               String lastImage) {

        static Row of(ImagePipeline pipeline, List<ImageBuild> builds, Instant now) {
            String last = builds.stream().filter(b -> b.region().equals(pipeline.region())
                            && b.pipelineName().equals(pipeline.name())).max(Comparator.comparing(ImageBuild::startedAt))
                    .map(b -> b.reference() + " · " + b.statusAt(now).apiName().toLowerCase()).orElse("none yet");
            return new Row(pipeline.name(), pipeline.recipe(), pipeline.instanceType(),
                    String.join(", ", pipeline.distribution().regions()),
                    pipeline.schedule().map(s -> s.expression() + (s.onlyIfChanged() ? ", only if changed" : ""))
                            .orElse("manual"),
                    pipeline.nextScheduledRun().map(WHEN::format).orElse("—"), last);
        }
    }

    private final ImageBuilderPage.Commands commands;
    private final TextField name = new TextField("Pipeline name");
    private final Select<String> recipe = new Select<>();
    private final Select<String> instanceType = new Select<>();
    private final CheckboxGroup<String> regions = new CheckboxGroup<>("Target regions");
    private final TextField sharedWith = new TextField("Share the images with accounts");
    private final TextField amiName = new TextField("AMI name");
    private final TextField schedule = new TextField("Schedule");
    private final Checkbox onlyIfChanged = new Checkbox("Run on schedule only if the parent image or a component changed");
    private final Grid<Row> grid = new Grid<>();
    private final GridRows<Row> rows = new GridRows<>(grid, Row::name, row -> row);
    private String region = "";
    private List<String> recipeRefs = List.of();
    private List<ImagePipeline> pipelines = List.of();

    PipelinesPanel(Catalog catalog, ImageBuilderPage.Commands commands) {
        this.commands = commands;
        addClassName("pipelines-panel");
        name.setId("pipeline-name");
        recipe.setLabel("Recipe");
        recipe.setId("pipeline-recipe");
        recipe.setEmptySelectionAllowed(false);
        instanceType.setLabel("Build instance type");
        instanceType.setId("pipeline-type");
        instanceType.setItems(catalog.instanceTypes().stream().map(InstanceType::name).toList());
        instanceType.setValue(catalog.instanceType("t3.micro").map(InstanceType::name)
                .orElse(catalog.instanceTypes().get(0).name()));
        instanceType.setHelperText("Infrastructure: the build and test instances run as this type, charged as yours");
        regions.setId("pipeline-regions");
        regions.setItems(catalog.regions().stream().map(Region::code).toList());
        regions.setHelperText("Distribution: each gets its own AMI and snapshot, costed there");
        sharedWith.setId("pipeline-share");
        sharedWith.setHelperText("12-digit account ids separated by commas; empty keeps the images private");
        amiName.setId("pipeline-ami-name");
        amiName.setValue(DEFAULT_AMI_NAME);
        amiName.setHelperText("{{imagebuilder:buildDate}} or {{imagebuilder:buildVersion}} makes each name new");
        schedule.setId("pipeline-schedule");
        schedule.setHelperText("Empty: only when you press Run pipeline. cron(0 9 * * ? *) runs daily at 09:00 UTC, "
                + "in simulated time");
        onlyIfChanged.setId("pipeline-only-if-changed");
        onlyIfChanged.setValue(true);
        var create = new Button("Create pipeline", click -> save(true));
        create.setId("create-pipeline");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var update = new Button("Update pipeline", click -> save(false));
        update.setId("update-pipeline");
        var form = new FormLayout(name, recipe, instanceType, regions, sharedWith, amiName, schedule, onlyIfChanged);
        form.setMaxWidth("56rem");
        configureGrid();
        add(new H2("Image pipelines"), new Paragraph("A pipeline builds one recipe version: it launches a build "
                + "instance of the type you choose, applies the recipe, tests the result on a test instance and, if "
                + "every test passes, distributes an AMI to each target region. Run it by hand or on a schedule."),
                form, new FlexLayout(create, update), grid);
    }

    void show(PlaygroundView view, String shownRegion) {
        if (!shownRegion.equals(region)) {
            region = shownRegion;
            regions.setValue(Set.of(region));
        }
        List<String> refs = view.imageRecipes().stream().filter(r -> r.region().equals(region))
                .map(ImageRecipe::reference).toList();
        if (!refs.equals(recipeRefs)) {
            String kept = recipe.getValue();
            boolean grew = refs.size() > recipeRefs.size();
            recipeRefs = refs;
            recipe.setItems(refs);
            // a recipe version just made is the one the learner wants to build next
            recipe.setValue(grew || kept == null || !refs.contains(kept) ? refs.isEmpty() ? null : refs.get(refs.size() - 1)
                    : kept);
        }
        pipelines = view.imagePipelines().stream().filter(p -> p.region().equals(region)).toList();
        rows.show(pipelines.stream().map(p -> Row.of(p, view.imageBuilds(), view.simulatedNow())).toList());
    }

    private void save(boolean create) {
        List<HasValidation> fields = List.of(name, recipe, instanceType, regions, sharedWith, amiName, schedule);
        fields.forEach(field -> field.setInvalid(false));
        var request = new ImagePipelineRequest(region, name.getValue(), Optional.ofNullable(recipe.getValue()).orElse(""),
                Optional.ofNullable(instanceType.getValue()).orElse(""),
                regions.getValue().stream().sorted(Comparator.comparing(r -> r.equals(region) ? "" : r)).toList(),
                Arrays.stream(sharedWith.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                amiName.getValue(), schedule.getValue(), onlyIfChanged.getValue());
        String pipeline = request.name();
        var outcome = create
                ? commands.execute(new CreateImagePipeline(request), "Created the pipeline " + pipeline + ".")
                : commands.execute(new UpdateImagePipeline(request), "Updated the pipeline " + pipeline + ".");
        outcome.refusal().ifPresent(this::mark);
    }

    private void mark(Ec2Error error) {
        HasValidation field = switch (error.reason()) {
            case PIPELINE_NAME_INVALID, PIPELINE_EXISTS, PIPELINE_NOT_FOUND -> name;
            case PIPELINE_RECIPE_NOT_FOUND -> recipe;
            case UNKNOWN_INSTANCE_TYPE -> instanceType;
            case DISTRIBUTION_NO_REGIONS, UNKNOWN_REGION -> regions;
            case DISTRIBUTION_ACCOUNT_INVALID -> sharedWith;
            case AMI_NAME_PATTERN_INVALID -> amiName;
            case SCHEDULE_INVALID -> schedule;
            default -> name;
        };
        field.setErrorMessage(error.code() + ": " + error.message());
        field.setInvalid(true);
    }

    /** Loads a pipeline into the form, for Update pipeline. */
    private void edit(String pipelineName) {
        pipelines.stream().filter(p -> p.name().equals(pipelineName)).findFirst().ifPresent(p -> {
            name.setValue(p.name());
            recipe.setValue(p.recipe());
            instanceType.setValue(p.instanceType());
            regions.setValue(Set.copyOf(p.distribution().regions()));
            sharedWith.setValue(String.join(", ", p.distribution().sharedWith()));
            amiName.setValue(p.distribution().amiName());
            schedule.setValue(p.schedule().map(PipelineSchedule::expression).orElse(""));
            onlyIfChanged.setValue(p.schedule().map(PipelineSchedule::onlyIfChanged).orElse(true));
            name.focus();
        });
    }

    private void configureGrid() {
        grid.setId("pipelines");
        grid.setAriaLabel("Image pipelines");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Row::name).setHeader("Pipeline").setAutoWidth(true);
        grid.addColumn(Row::recipe).setHeader("Recipe").setAutoWidth(true);
        grid.addColumn(Row::instanceType).setHeader("Instance type").setAutoWidth(true);
        grid.addColumn(Row::regions).setHeader("Target regions").setAutoWidth(true);
        grid.addColumn(Row::schedule).setHeader("Schedule").setAutoWidth(true);
        grid.addColumn(Row::nextRun).setHeader("Next scheduled run").setAutoWidth(true);
        grid.addColumn(Row::lastImage).setHeader("Last image").setAutoWidth(true);
        // buttons drawn in the browser call back with their row: a redraw of the row never loses a click
        grid.addColumn(LitRenderer.<Row>of("<vaadin-button theme=\"small primary\" @click=${run} "
                        + "aria-label=\"Run pipeline ${item.name}\">Run pipeline</vaadin-button> "
                        + "<vaadin-button theme=\"small tertiary\" @click=${edit} "
                        + "aria-label=\"Edit pipeline ${item.name}\">Edit</vaadin-button>")
                .withProperty("name", Row::name)
                .withFunction("run", row -> commands.execute(new StartImagePipelineExecution(region, row.name()),
                        "Started " + row.name() + ": see its image under Images."))
                .withFunction("edit", row -> edit(row.name())))
                .setHeader("Actions").setAutoWidth(true);
        grid.setEmptyStateText("No pipelines in this region yet: create a recipe, then a pipeline that builds it.");
        grid.setAllRowsVisible(true);
    }
}
