package org.amilab.playground.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.BuilderComponent;
import org.amilab.simulator.ComponentCatalog;
import org.amilab.simulator.ComponentRequest;
import org.amilab.simulator.Ec2Error;
import org.amilab.simulator.Instance;
import org.amilab.simulator.Platform;
import org.amilab.simulator.PlaygroundCommand.CreateComponent;

/**
 * Image Builder components: the ones AMI Lab ships and the learner's own build components, made of
 * shell lines, typed or taken from what the learner typed into an instance after Connect.
 */
class ComponentsPanel extends Div {

    /** Lines of a shell history that look around rather than configure: left out of a component. */
    private static final Set<String> LOOKING_AROUND = Set.of("help", "history", "clear", "exit", "logout");

    /** One component as the grid shows it. */
    record Row(String reference, String phase, String platform, String owner, String description, String steps) {

        static Row of(BuilderComponent c, boolean mine) {
            return new Row(c.reference(), c.phase().name().toLowerCase(), c.platform().name().toLowerCase(),
                    mine ? "you" : "AMI Lab", c.description(), String.join(" ; ", c.steps()));
        }
    }

    private final ComponentCatalog shipped;
    private final ImageBuilderPage.Commands commands;
    private final TextField name = new TextField("Component name");
    private final TextField version = new TextField("Version");
    private final Select<Platform> platform = new Select<>();
    private final TextField description = new TextField("Description");
    private final TextArea steps = new TextArea("Steps, one shell line each");
    private final Select<Instance> source = new Select<>();
    private final Grid<Row> grid = new Grid<>();
    private final GridRows<Row> rows = new GridRows<>(grid, Row::reference, row -> row);
    private List<String> sourceIds = List.of();

    ComponentsPanel(ComponentCatalog shipped, ImageBuilderPage.Commands commands) {
        this.shipped = shipped;
        this.commands = commands;
        addClassName("components-panel");
        name.setId("component-name");
        version.setId("component-version");
        version.setValue("1.0.0");
        platform.setLabel("Platform");
        platform.setId("component-platform");
        platform.setItems(Platform.values());
        platform.setItemLabelGenerator(p -> p.name().charAt(0) + p.name().substring(1).toLowerCase());
        platform.setValue(Platform.LINUX);
        description.setId("component-description");
        description.setMaxLength(1024);
        steps.setId("component-steps");
        steps.setHelperText("Each line runs in the build instance's shell, in order; one that exits with a nonzero "
                + "status fails the build");
        source.setLabel("Take the steps from what you typed on");
        source.setId("component-source");
        source.setItemLabelGenerator(i -> i == null ? "" : i.id() + (i.name().isEmpty() ? "" : " · " + i.name()) + " · "
                + i.shellHistory().size() + " lines");
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption("an instance of this region");
        var fill = new Button("Use its shell history", click -> fillFromHistory());
        fill.setId("fill-from-history");
        var create = new Button("Create component", click -> create());
        create.setId("create-component");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(name, version, platform, description, steps);
        form.setColspan(steps, 2);
        form.setMaxWidth("56rem");
        var fromShell = new FlexLayout(source, fill);
        fromShell.addClassName("component-from-shell");
        configureGrid();
        add(new H2("Components"), new Paragraph("A build component changes the build instance; a test component "
                + "checks a new instance of the image and fails it if a step exits with a nonzero status. Each step is "
                + "a line of the playground's shell, so a component does exactly what you could type after Connect. A "
                + "version never changes: a change is a new version."),
                new H3("Make a build component of your own"), fromShell, form, create, grid);
    }

    void show(PlaygroundView view, String region) {
        List<Instance> typedInto = view.instances().stream()
                .filter(i -> i.region().equals(region) && !i.shellHistory().isEmpty()).toList();
        List<String> ids = typedInto.stream().map(i -> i.id() + i.shellHistory().size()).toList();
        if (!ids.equals(sourceIds)) {
            sourceIds = ids;
            String kept = source.getValue() == null ? "" : source.getValue().id();
            source.setItems(typedInto);
            typedInto.stream().filter(i -> i.id().equals(kept)).findFirst().ifPresent(source::setValue);
        }
        rows.show(Stream.concat(shipped.components().stream().map(c -> Row.of(c, false)),
                view.myComponents().stream().map(c -> Row.of(c, true))).toList());
    }

    private void fillFromHistory() {
        if (source.getValue() == null) {
            source.setErrorMessage("Choose an instance you have typed commands into.");
            source.setInvalid(true);
            return;
        }
        source.setInvalid(false);
        steps.setValue(String.join("\n", source.getValue().shellHistory().stream()
                .filter(line -> !LOOKING_AROUND.contains(line.strip().toLowerCase())).toList()));
    }

    private void create() {
        List<HasValidation> fields = List.of(name, version, steps);
        fields.forEach(field -> field.setInvalid(false));
        var request = new ComponentRequest(name.getValue(), version.getValue(), platform.getValue(), description.getValue(),
                Arrays.asList(steps.getValue().split("\\R")));
        commands.execute(new CreateComponent(request), "Created the component " + request.name() + "/" + request.version()
                + ". Recipes can use it now.").refusal().ifPresent(this::mark);
    }

    private void mark(Ec2Error error) {
        HasValidation field = switch (error.reason()) {
            case COMPONENT_NAME_INVALID -> name;
            case COMPONENT_VERSION_INVALID, COMPONENT_EXISTS -> version;
            default -> steps;
        };
        field.setErrorMessage(error.code() + ": " + error.message());
        field.setInvalid(true);
    }

    private void configureGrid() {
        grid.setId("components");
        grid.setAriaLabel("Image Builder components");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Row::reference).setHeader("Component").setAutoWidth(true);
        grid.addColumn(Row::phase).setHeader("Phase").setAutoWidth(true);
        grid.addColumn(Row::platform).setHeader("Platform").setAutoWidth(true);
        grid.addColumn(Row::owner).setHeader("Owner").setAutoWidth(true).setKey("owner");
        grid.addColumn(Row::description).setHeader("What it does").setFlexGrow(2);
        grid.addColumn(Row::steps).setHeader("Steps (shell lines)").setFlexGrow(2);
        grid.setAllRowsVisible(true);
    }
}
