package org.amilab.playground.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.amilab.playground.PlaygroundView;
import org.amilab.content.RefusalExplanations;
import org.amilab.simulator.Ec2Error;
import org.amilab.simulator.Instance;
import org.amilab.simulator.InstanceAction;
import org.amilab.simulator.InstanceState;

/**
 * The learner's instances in one region, with the actions EC2 offers. An action that would not act
 * on every selected instance is greyed out with the reason as its tooltip, unless learning mode
 * lets the learner try it anyway and meet EC2's refusal.
 */
@Uses(Checkbox.class)
@Uses(ProgressBar.class)
class InstancesPanel extends Div {

    /** What the page does when an action button is pressed for the selected instances. */
    interface Actions {
        void perform(InstanceAction action, List<Instance> instances);

        void showDetails(Instance instance);
    }

    private final Grid<InstanceRow> grid = new Grid<>();
    private final Map<InstanceAction, Button> buttons = new EnumMap<>(InstanceAction.class);
    private final Set<String> selectedIds = new HashSet<>();
    private final Button details = new Button("Details");
    private final Paragraph empty = new Paragraph("No instances in this region yet. Choose an AMI under Launch below "
            + "and launch it.");
    private final BooleanSupplier learningMode;
    private final RefusalExplanations explanations;
    private final Actions actions;
    private Instant now = Instant.EPOCH;
    private final GridRows<InstanceRow> rows = new GridRows<>(grid, InstanceRow::id, InstanceRow::shownAs);

    InstancesPanel(BooleanSupplier learningMode, RefusalExplanations explanations, Actions actions) {
        this.explanations = explanations;
        this.learningMode = learningMode;
        this.actions = actions;
        addClassName("instances-panel");
        var toolbar = new FlexLayout();
        toolbar.addClassName("instance-actions");
        toolbar.getElement().setAttribute("role", "toolbar");
        toolbar.getElement().setAttribute("aria-label", "Actions on the selected instances");
        for (InstanceAction action : InstanceAction.ec2Actions()) {
            var button = new Button(label(action), click -> confirmThenPerform(action));
            button.setId("action-" + action.name().toLowerCase().replace('_', '-'));
            if (action == InstanceAction.TERMINATE) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            buttons.put(action, button);
            toolbar.add(button);
        }
        details.setId("action-details");
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        details.addClickListener(click -> selected().stream().findFirst().ifPresent(actions::showDetails));
        toolbar.add(details);
        configureGrid();
        empty.setId("no-instances");
        // inside the grid, so the grid stays on screen: the first launch then only adds a row
        grid.setEmptyStateComponent(empty);
        add(toolbar, grid);
        updateButtons();
    }

    void show(PlaygroundView view, String region) {
        now = view.simulatedNow();
        List<InstanceRow> fresh = view.instances().stream().filter(instance -> instance.region().equals(region))
                .map(instance -> InstanceRow.of(instance, view)).toList();
        boolean otherInstances = !rows.items().stream().map(InstanceRow::id).toList()
                .equals(fresh.stream().map(InstanceRow::id).toList());
        rows.show(fresh);
        if (otherInstances) {
            // widths fitted to an empty grid cut the first instance's type and uptime short
            grid.recalculateColumnWidths();
        }
        selectedIds.retainAll(fresh.stream().map(InstanceRow::id).toList());
        updateButtons();
    }

    void updateButtons() {
        List<Instance> chosen = selected();
        details.setEnabled(chosen.size() == 1);
        details.setTooltipText(chosen.size() == 1 ? null : "Select one instance to see its details.");
        buttons.forEach((action, button) -> {
            Optional<String> whyNot = whyNot(action, chosen);
            button.setEnabled(whyNot.isEmpty() || (learningMode.getAsBoolean() && !chosen.isEmpty()));
            button.setTooltipText(whyNot.orElse(null));
        });
    }

    private Optional<String> whyNot(InstanceAction action, List<Instance> chosen) {
        if (chosen.isEmpty()) {
            return Optional.of("Select one or more instances first.");
        }
        if ((action == InstanceAction.CONNECT || action == InstanceAction.CHANGE_TYPE || action == InstanceAction.CREATE_IMAGE
                || action == InstanceAction.BUNDLE_IMAGE) && chosen.size() > 1) {
            return Optional.of("Choose one instance for this.");
        }
        for (Instance instance : chosen) {
            Optional<Ec2Error> refusal = action.refusal(instance, now);
            if (refusal.isPresent()) {
                // the code too, so the learner meets EC2's word for it before learning mode lets them try
                return Optional.of(explanations.explain(refusal.get()).text() + " (EC2 would answer " + refusal.get().code() + ".)");
            }
            if (!action.acts(instance, now)) {
                return Optional.of(instance.id() + " is " + instance.stateAt(now).apiName() + ": there is nothing to "
                        + label(action).toLowerCase() + ".");
            }
        }
        return Optional.empty();
    }

    private List<Instance> selected() {
        return rows.items().stream().filter(row -> selectedIds.contains(row.id())).map(InstanceRow::instance).toList();
    }

    private void confirmThenPerform(InstanceAction action) {
        List<Instance> chosen = selected();
        if (action != InstanceAction.TERMINATE) {
            actions.perform(action, chosen);
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader("Terminate " + (chosen.size() == 1 ? chosen.get(0).id() : chosen.size() + " instances") + "?");
        dialog.setText("Termination cannot be undone. Root volumes are deleted; other volumes follow their "
                + "delete-on-termination setting.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Terminate");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> actions.perform(action, chosen));
        dialog.open();
    }

    private void configureGrid() {
        grid.setId("instances");
        grid.setAriaLabel("Instances");
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(nameAndImage()).setHeader("Name · AMI").setAutoWidth(true);
        grid.addColumn(selector()).setKey("instance").setHeader("Instance ID").setAutoWidth(true);
        grid.addColumn(row -> row.instance().instanceType()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(row -> Labels.of(row.instance().rootDeviceType())).setHeader("Root device").setAutoWidth(true);
        // these three grow while the instance lives ("shutting-down (32)", "12 d 3 h 05 min", "$1,234.56"):
        // room for that from the start, as widths fitted to today's text would cut tomorrow's short
        grid.addColumn(stateCell()).setKey("state").setHeader("State").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(InstanceRow::uptimeText).setHeader("Uptime").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(InstanceRow::cost).setHeader("Cost so far").setWidth("6.5rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
    }

    /**
     * The instance id as the label of its own selection box: one or many instances can be chosen.
     * Rendered in the browser from a template, so a row costs the server no components.
     */
    private LitRenderer<InstanceRow> selector() {
        return LitRenderer.<InstanceRow>of("<vaadin-checkbox class=\"instance-select\" label=\"${item.id}\" "
                        + ".checked=${item.chosen} @change=${e => choose(e.target.checked)}></vaadin-checkbox>")
                .withProperty("id", InstanceRow::id)
                .withProperty("chosen", row -> selectedIds.contains(row.id()))
                .withFunction("choose", (row, args) -> choose(row.id(), args.getBoolean(0)));
    }

    /** What a tick of the selection box in the row of {@code instanceId} does. */
    void choose(String instanceId, boolean chosen) {
        if (chosen) {
            selectedIds.add(instanceId);
        } else {
            selectedIds.remove(instanceId);
        }
        rows.redraw(instanceId);
        updateButtons();
    }

    /** Two short lines instead of two columns, so that all eight facts fit a 1280 px screen. */
    private static LitRenderer<InstanceRow> nameAndImage() {
        return LitRenderer.<InstanceRow>of("<div class=\"instance-name\">${item.name}</div>"
                        + "<div class=\"instance-ami\">${item.ami}</div>")
                .withProperty("name", row -> row.instance().name().isEmpty() ? "—" : row.instance().name())
                .withProperty("ami", row -> row.instance().imageId());
    }

    /**
     * The state in words with its API code, never colour alone; pending shows how far the boot is,
     * running how its status checks went.
     */
    private static LitRenderer<InstanceRow> stateCell() {
        return LitRenderer.<InstanceRow>of("<div class=\"state-cell\"><span class=\"state-badge\" theme=\"badge ${item.tone}\">"
                        + "${item.state}</span><vaadin-progress-bar class=\"boot-progress\" ?hidden=${!item.booting} "
                        + ".value=${item.progress} aria-label=\"Boot progress of ${item.id}\"></vaadin-progress-bar>"
                        + "<span class=\"status-checks\" ?hidden=${!item.checks} style=\"font-size: var(--lumo-font-size-xs); "
                        + "color: ${item.failed ? 'var(--lumo-error-text-color)' : 'var(--lumo-secondary-text-color)'}\">"
                        + "${item.checks}</span></div>")
                .withProperty("id", InstanceRow::id)
                .withProperty("checks", InstanceRow::checksText)
                .withProperty("failed", InstanceRow::checksFailed)
                .withProperty("state", row -> Labels.of(row.state()))
                .withProperty("tone", row -> tone(row.state()))
                .withProperty("booting", row -> row.progress().isPresent())
                .withProperty("progress", row -> row.progress().orElse(0.0));
    }

    private static String tone(InstanceState state) {
        return switch (state) {
            case RUNNING -> "success";
            case STOPPED, TERMINATED -> "contrast";
            case SHUTTING_DOWN -> "error";
            default -> "";
        };
    }

    static String label(InstanceAction action) {
        return switch (action) {
            case CONNECT -> "Connect";
            case START -> "Start";
            case STOP -> "Stop";
            case REBOOT -> "Reboot";
            case TERMINATE -> "Terminate";
            case CHANGE_TYPE -> "Change type";
            case CREATE_IMAGE -> "Create image";
            case BUNDLE_IMAGE -> "Bundle image";
            case FAIL_HOST -> "Simulate a hardware failure";
        };
    }
}
