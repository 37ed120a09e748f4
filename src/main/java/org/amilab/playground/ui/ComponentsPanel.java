package org.amilab.playground.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.amilab.simulator.BuilderComponent;
import org.amilab.simulator.ComponentCatalog;

/** The components AMI Lab ships, every version, with the shell lines each runs. */
class ComponentsPanel extends Div {

    ComponentsPanel(ComponentCatalog components) {
        addClassName("components-panel");
        var grid = new Grid<BuilderComponent>();
        grid.setId("components");
        grid.setAriaLabel("Image Builder components");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(BuilderComponent::reference).setHeader("Component").setAutoWidth(true);
        grid.addColumn(c -> c.phase().name().toLowerCase()).setHeader("Phase").setAutoWidth(true);
        grid.addColumn(c -> c.platform().name().toLowerCase()).setHeader("Platform").setAutoWidth(true);
        grid.addColumn(BuilderComponent::description).setHeader("What it does").setFlexGrow(2);
        grid.addColumn(c -> String.join(" ; ", c.steps())).setHeader("Steps (shell lines)").setFlexGrow(2);
        grid.setItems(components.components());
        grid.setAllRowsVisible(true);
        add(new H2("Components"), new Paragraph("A build component changes the build instance; a test component checks "
                + "a new instance of the image and fails it if a step exits with a nonzero status. Each step is a line "
                + "of the playground's shell, so a component does exactly what you could type after Connect. A "
                + "version never changes."), grid);
    }
}
