package org.amilab.playground.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.Ami;
import org.amilab.simulator.BuilderComponent;
import org.amilab.simulator.Catalog;
import org.amilab.simulator.ComponentCatalog;
import org.amilab.simulator.Ec2Error;
import org.amilab.simulator.ImageRecipe;
import org.amilab.simulator.ImageRecipeRequest;
import org.amilab.simulator.ImageState;
import org.amilab.simulator.LatestAmazonLinux;
import org.amilab.simulator.Platform;
import org.amilab.simulator.PlaygroundCommand.CreateImageRecipe;
import org.amilab.simulator.RootDeviceType;

/**
 * Image recipes of one region: a form for a new recipe version (parent image, components in the
 * order they apply, root volume) and every version made so far. A recipe version never changes,
 * so there is no edit: a change is a new version.
 */
class RecipesPanel extends Div {

    /** One recipe version as the grid shows it. */
    record Row(String reference, String parent, String components, int rootVolumeGiB) {

        static Row of(ImageRecipe recipe) {
            return new Row(recipe.reference(), recipe.parentImageId(), String.join(", ",
                    recipe.components().stream().map(ImageRecipe.ComponentRef::toString).toList()), recipe.rootVolumeGiB());
        }
    }

    /** A parent image to offer: an AMI, or the parameter that always names the latest Amazon Linux 2023. */
    record Parent(String id, String label, Platform platform, int rootGiB) {

        static Parent of(Ami ami) {
            return new Parent(ami.id(), ami.operatingSystem() + " · " + ami.id(), ami.platform(), ami.rootSnapshotSizeGiB());
        }

        static Parent latest(String parameter, Ami now) {
            return new Parent(parameter, "Latest Amazon Linux 2023, " + now.architecture().apiName() + " (now " + now.id()
                    + ")", now.platform(), now.rootSnapshotSizeGiB());
        }
    }

    private final Catalog catalog;
    private final ComponentCatalog components;
    private final ImageBuilderPage.Commands commands;
    private final TextField name = new TextField("Recipe name");
    private final TextField version = new TextField("Version");
    private final Select<Parent> parent = new Select<>();
    private final CheckboxGroup<BuilderComponent> chosen = new CheckboxGroup<>("Components, applied in this order");
    private final IntegerField volume = new IntegerField("Root volume (GiB)");
    private final Checkbox newest = new Checkbox("Build with the newest version of each component (x.x.x)");
    private final Grid<Row> grid = new Grid<>();
    private final GridRows<Row> rows = new GridRows<>(grid, Row::reference, row -> row);
    private String region = "";
    private List<String> parentIds = List.of();
    private List<BuilderComponent> mine = List.of();

    RecipesPanel(Catalog catalog, ComponentCatalog components, ImageBuilderPage.Commands commands) {
        this.catalog = catalog;
        this.components = components;
        this.commands = commands;
        addClassName("recipes-panel");
        name.setId("recipe-name");
        name.setHelperText("Letters, digits, spaces, hyphens and underscores, such as web-server");
        version.setId("recipe-version");
        version.setValue("1.0.0");
        version.setHelperText("major.minor.patch: a change to a recipe is a higher version");
        parent.setLabel("Parent image");
        parent.setId("recipe-parent");
        parent.setItemLabelGenerator(p -> p == null ? "" : p.label());
        parent.addValueChangeListener(change -> parentChosen(change.getValue()));
        chosen.setId("recipe-components");
        chosen.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        chosen.setItemLabelGenerator(c -> c.reference() + " · " + c.phase().name().toLowerCase() + " · " + c.description());
        volume.setId("recipe-volume");
        volume.setStepButtonsVisible(true);
        newest.setId("recipe-newest");
        newest.setTooltipText("A pipeline with 'only if changed' then rebuilds when a component gets a new version");
        var create = new Button("Create recipe", click -> create());
        create.setId("create-recipe");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(name, version, parent, volume, chosen, newest);
        form.setColspan(chosen, 2);
        form.setMaxWidth("56rem");
        configureGrid();
        add(new H2("Image recipes"), new Paragraph("A recipe is what an image is made of: the parent image to start "
                + "from, the build components that change it and the test components that check it. Image Builder runs "
                + "the build components first, then tests a new instance of the result."), form, create, grid);
    }

    void show(PlaygroundView view, String shownRegion) {
        if (!shownRegion.equals(region)) {
            region = shownRegion;
            parentIds = List.of();
        }
        List<Parent> parents = parentsIn(view, region);
        List<String> ids = parents.stream().map(Parent::id).toList();
        if (!ids.equals(parentIds)) {
            parentIds = ids;
            Parent kept = parent.getValue();
            parent.setItems(parents);
            parent.setValue(parents.stream().filter(a -> kept != null && a.id().equals(kept.id())).findFirst()
                    .orElse(parents.isEmpty() ? null : parents.get(0)));
        }
        if (!view.myComponents().equals(mine)) {
            mine = view.myComponents();
            parentChosen(parent.getValue());
        }
        rows.show(view.imageRecipes().stream().filter(r -> r.region().equals(region)).map(Row::of).toList());
    }

    /** The latest Amazon Linux 2023, then the EBS-backed images the learner can launch here: the catalog's, their own. */
    private List<Parent> parentsIn(PlaygroundView view, String inRegion) {
        Stream<Parent> latest = LatestAmazonLinux.PARAMETERS.stream().flatMap(parameter -> LatestAmazonLinux
                .resolve(catalog, parameter, inRegion).map(now -> Parent.latest(parameter, now)).stream());
        Stream<Parent> images = Stream.concat(catalog.amis().stream().sorted(Comparator.comparing(Ami::operatingSystem)),
                        view.myAmis().stream().filter(a -> a.state() == ImageState.AVAILABLE))
                .filter(a -> a.region().equals(inRegion) && a.rootDeviceType() == RootDeviceType.EBS).map(Parent::of);
        return Stream.concat(latest, images).toList();
    }

    private void parentChosen(Parent ami) {
        if (ami == null) {
            chosen.setItems(List.of());
            return;
        }
        var kept = chosen.getValue();
        chosen.setItems(all().stream().filter(c -> c.platform() == ami.platform())
                .sorted(Comparator.comparing(BuilderComponent::phase)).toList());
        chosen.setValue(kept.stream().filter(c -> c.platform() == ami.platform()).collect(java.util.stream.Collectors.toSet()));
        volume.setValue(Math.max(Objects.requireNonNullElse(volume.getValue(), 0), ami.rootGiB()));
    }

    /** The shipped components, then the learner's own. */
    private List<BuilderComponent> all() {
        return Stream.concat(components.components().stream(), mine.stream()).toList();
    }

    private void create() {
        List<HasValidation> fields = List.of(name, version, parent, chosen, volume);
        fields.forEach(field -> field.setInvalid(false));
        if (volume.getValue() == null) {
            volume.setErrorMessage("Give the root volume's size in whole GiB.");
            volume.setInvalid(true);
            return;
        }
        // the catalog's order, build before test: the order in which Image Builder applies them
        List<BuilderComponent> listed = all();
        List<String> picked = chosen.getValue().stream().sorted(Comparator.comparing(BuilderComponent::phase)
                        .thenComparing(listed::indexOf))
                .map(c -> newest.getValue() ? c.name() + "/" + ImageRecipe.ComponentRef.NEWEST : c.reference())
                .distinct().toList();
        var request = new ImageRecipeRequest(region, name.getValue(), version.getValue(),
                parent.getValue() == null ? "" : parent.getValue().id(), picked, volume.getValue());
        var outcome = commands.execute(new CreateImageRecipe(request), "Created the recipe " + request.name().strip() + "/"
                + request.version().strip() + ". A pipeline can build it now.");
        outcome.refusal().ifPresent(this::mark);
    }

    private void mark(Ec2Error error) {
        HasValidation field = switch (error.reason()) {
            case RECIPE_NAME_INVALID -> name;
            case RECIPE_VERSION_INVALID, RECIPE_EXISTS -> version;
            case RECIPE_VOLUME_TOO_SMALL -> volume;
            case RECIPE_NO_COMPONENTS, RECIPE_COMPONENT_UNKNOWN, RECIPE_PLATFORM_MISMATCH -> chosen;
            default -> parent;
        };
        field.setErrorMessage(error.code() + ": " + error.message());
        field.setInvalid(true);
    }

    private void configureGrid() {
        grid.setId("recipes");
        grid.setAriaLabel("Image recipes");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Row::reference).setHeader("Recipe").setAutoWidth(true);
        grid.addColumn(Row::parent).setHeader("Parent image").setAutoWidth(true);
        grid.addColumn(Row::components).setHeader("Components").setFlexGrow(2);
        grid.addColumn(Row::rootVolumeGiB).setHeader("Root GiB").setAutoWidth(true);
        grid.setEmptyStateText("No recipes in this region yet.");
        grid.setAllRowsVisible(true);
    }
}
