package org.amilab.playground.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.Ami;

/**
 * Where the learner's own AMIs are stored in the region: the EBS snapshots of EBS-backed AMIs and the
 * S3 bundles of instance store-backed ones. They keep costing until deleted, also after their AMI is
 * deregistered; EC2 refuses to delete what a registered AMI still uses.
 */
class StoragePanel extends Div {

    /** One snapshot or bundle as the grid shows it. */
    record Stored(String id, String kind, int sizeGiB, String imageId, boolean imageRegistered, boolean snapshot) {
    }

    /** What deleting a row asks EC2 to do. */
    interface Actions {
        void deleteSnapshot(String snapshotId);

        void deleteBundle(String location);
    }

    private final Grid<Stored> grid = new Grid<>();
    private final Button delete = new Button("Delete");
    private final Paragraph empty = new Paragraph("No snapshots or bundles of your AMIs in this region.");
    private final BooleanSupplier learningMode;
    private PlaygroundView shown;
    private List<Stored> current = List.of();
    private final GridRows<Stored> rows = new GridRows<>(grid, Stored::id,
            stored -> List.of(stored, costText(stored)));

    StoragePanel(Actions actions, BooleanSupplier learningMode) {
        this.learningMode = learningMode;
        addClassName("storage-panel");
        grid.setId("ami-storage");
        grid.setAriaLabel("Storage of your AMIs");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Stored::id).setHeader("Snapshot or bundle").setAutoWidth(true);
        grid.addColumn(Stored::kind).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(stored -> stored.sizeGiB() + " GiB").setHeader("Size").setAutoWidth(true);
        grid.addColumn(stored -> stored.imageId() + (stored.imageRegistered() ? " (registered)" : " (deregistered)"))
                .setHeader("AMI").setAutoWidth(true);
        grid.addColumn(this::costText).setHeader("Cost so far").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> updateDelete());
        delete.setId("delete-storage");
        delete.addClickListener(click -> chosen().ifPresent(chosen -> {
            if (chosen.snapshot()) {
                actions.deleteSnapshot(chosen.id());
            } else {
                actions.deleteBundle(chosen.id());
            }
        }));
        add(new Paragraph("An AMI of your own is stored as EBS snapshots (EBS-backed) or as a bundle in Amazon S3 "
                + "(instance store-backed). Both are billed for as long as they exist, also after the AMI is "
                + "deregistered, until you delete them here."), delete, grid, empty);
        updateDelete();
    }

    void show(PlaygroundView view, String region) {
        shown = view;
        Set<String> registered = view.myAmis().stream().map(Ami::id).collect(Collectors.toSet());
        var stored = new ArrayList<Stored>();
        view.snapshots().stream().filter(s -> s.region().equals(region))
                .forEach(s -> stored.add(new Stored(s.id(), "EBS snapshot", s.sizeGiB(), s.imageId(),
                        registered.contains(s.imageId()), true)));
        view.bundles().stream().filter(b -> b.region().equals(region))
                .forEach(b -> stored.add(new Stored(b.location(), "S3 bundle", b.sizeGiB(), b.imageId(),
                        registered.contains(b.imageId()), false)));
        rows.show(stored);
        current = List.copyOf(stored);
        if (grid.asSingleSelect().getValue() != null && chosen().isEmpty()) {
            grid.asSingleSelect().clear();
        }
        empty.setVisible(stored.isEmpty());
        grid.setVisible(!stored.isEmpty());
        updateDelete();
    }

    /** Called when learning mode changes: it lets the learner try a delete EC2 would refuse. */
    void updateDelete() {
        Optional<Stored> chosen = chosen();
        boolean inUse = chosen.map(Stored::imageRegistered).orElse(false);
        delete.setEnabled(chosen.isPresent() && (!inUse || learningMode.getAsBoolean()));
        delete.setTooltipText(chosen.map(c -> c.imageRegistered()
                        ? "Its AMI " + c.imageId() + " is still registered: deregister it first."
                                + (c.snapshot() ? " (EC2 would answer InvalidSnapshot.InUse.)" : "")
                        : null)
                .orElse("Select a snapshot or bundle first."));
    }

    /** The chosen row as it is now: the grid keeps the row it was chosen as, from before a deregistration. */
    private Optional<Stored> chosen() {
        Stored selected = grid.asSingleSelect().getValue();
        return selected == null ? Optional.empty()
                : current.stream().filter(s -> s.id().equals(selected.id())).findFirst();
    }

    private String costText(Stored stored) {
        return shown == null ? "" : shown.costsSoFar().forResource(stored.id()).toDisplayString();
    }
}
