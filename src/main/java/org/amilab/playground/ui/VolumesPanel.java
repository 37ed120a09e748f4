package org.amilab.playground.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.Volume;
import org.amilab.simulator.VolumeState;

/** EBS volumes of the region, detached ones included: they keep costing until they are deleted. */
class VolumesPanel extends Div {

    private final Grid<Volume> grid = new Grid<>();
    private final Button delete = new Button("Delete volume");
    private final Paragraph empty = new Paragraph("No EBS volumes in this region.");
    private Instant now = Instant.EPOCH;
    private PlaygroundView shown;
    private final GridRows<Volume> rows = new GridRows<>(grid, Volume::id,
            volume -> List.of(volume.id(), volume.sizeGiB(), volume.volumeType(), stateText(volume),
                    volume.deleteOnTermination(), costText(volume)));

    VolumesPanel(Consumer<Volume> onDelete) {
        addClassName("volumes-panel");
        grid.setId("volumes");
        grid.setAriaLabel("EBS volumes");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Volume::id).setHeader("Volume ID").setAutoWidth(true);
        grid.addColumn(volume -> volume.sizeGiB() + " GiB").setHeader("Size").setAutoWidth(true);
        grid.addColumn(volume -> volume.volumeType().apiName()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(this::stateText).setHeader("State").setAutoWidth(true);
        grid.addColumn(volume -> volume.deleteOnTermination() ? "Yes" : "No").setHeader("Delete on termination")
                .setAutoWidth(true);
        grid.addColumn(this::costText)
                .setHeader("Cost so far").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> updateDelete(change.getValue()));
        delete.setId("delete-volume");
        delete.addClickListener(click -> {
            if (grid.asSingleSelect().getValue() != null) {
                onDelete.accept(grid.asSingleSelect().getValue());
            }
        });
        add(new Paragraph("EBS storage is billed per GB-month for as long as a volume exists, whether its instance "
                + "runs, is stopped, or is gone."), delete, grid, empty);
        updateDelete(null);
    }

    void show(PlaygroundView view, String region) {
        shown = view;
        now = view.simulatedNow();
        List<Volume> volumes = view.volumes().stream()
                .filter(volume -> volume.region().equals(region) && volume.stateAt(now) != VolumeState.DELETED).toList();
        rows.show(volumes);
        Volume selected = grid.asSingleSelect().getValue();
        Volume chosen = selected == null ? null
                : volumes.stream().filter(volume -> volume.id().equals(selected.id())).findFirst().orElse(null);
        if (chosen == null) {
            grid.asSingleSelect().clear();
        }
        empty.setVisible(volumes.isEmpty());
        grid.setVisible(!volumes.isEmpty());
        updateDelete(chosen);
    }

    private String costText(Volume volume) {
        return shown == null ? "" : shown.costsSoFar().forResource(volume.id()).toDisplayString();
    }

    private String stateText(Volume volume) {
        VolumeState state = volume.stateAt(now);
        return state == VolumeState.IN_USE ? "in-use (" + volume.instanceId() + ")" : state.apiName();
    }

    private void updateDelete(Volume volume) {
        boolean available = volume != null && volume.stateAt(now) == VolumeState.AVAILABLE;
        delete.setEnabled(available);
        delete.setTooltipText(volume == null ? "Select a volume first."
                : available ? null : "Only an available (detached) volume can be deleted.");
    }
}
