package org.amilab.playground.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.CostCategory;
import org.amilab.simulator.CostSeries;
import org.amilab.simulator.Instance;
import org.amilab.simulator.InstanceAction;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.Protection;
import org.amilab.simulator.RootDeviceType;
import org.amilab.simulator.StateReason;
import org.amilab.simulator.Volume;
import org.jspecify.annotations.Nullable;

/**
 * One instance up close: where it is in the lifecycle, its volumes, its cost and how that grew, and
 * its history. It stays open while the playground refreshes and redraws only the parts whose text
 * changed, so a screen reader or a keyboard user inside it is not thrown about every second.
 */
final class InstanceDetails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /** What the details ask the page to do: flip a protection, or break the instance's hardware to practise recovery. */
    interface Controls {
        void setProtection(String instanceId, Protection protection, boolean on);

        void failHost(String instanceId);
    }

    private final Dialog dialog = new Dialog();
    private final String instanceId;
    private final @Nullable String diagram;
    private final Checkbox terminationProtection = new Checkbox("Termination protection");
    private final Checkbox stopProtection = new Checkbox("Stop protection");
    private final Paragraph now = new Paragraph();
    private final Paragraph reason = new Paragraph();
    private final Paragraph statusChecks = new Paragraph();
    private final Paragraph recovery = new Paragraph();
    private final Button failHost = new Button(InstancesPanel.label(InstanceAction.FAIL_HOST));
    private final Div figure = new Div();
    private final UnorderedList volumes = new UnorderedList();
    private final UnorderedList software = new UnorderedList();
    private final UnorderedList costs = new UnorderedList();
    private final CostChart growth = new CostChart("since launch");
    private final UnorderedList history = new UnorderedList();
    private String figureShows = "";

    private InstanceDetails(String instanceId, @Nullable String diagram, Controls controls) {
        this.instanceId = instanceId;
        this.diagram = diagram;
        terminationProtection.setId("termination-protection");
        terminationProtection.setTooltipText("While on, EC2 refuses to terminate the instance (disableApiTermination).");
        terminationProtection.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                controls.setProtection(instanceId, Protection.TERMINATION, change.getValue());
            }
        });
        stopProtection.setId("stop-protection");
        stopProtection.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                controls.setProtection(instanceId, Protection.STOP, change.getValue());
            }
        });
        dialog.setId("instance-details");
        dialog.setWidth("min(48rem, 100vw)");
        now.setId("instance-now");
        reason.setId("instance-state-reason");
        costs.setId("instance-costs");
        growth.setId("instance-cost-chart");
        history.setId("instance-history");
        software.setId("instance-software");
        statusChecks.setId("instance-status-checks");
        recovery.setId("instance-recovery");
        failHost.setId("fail-host");
        failHost.addClickListener(click -> controls.failHost(instanceId));
        dialog.add(now, reason, figure, new H3("Status checks"), statusChecks, recovery, failHost, new H3("Protection"), new Div(terminationProtection, stopProtection), new H3("Volumes"),
                volumes, new H3("Software configuration"), software, new H3("Cost so far"), costs, growth,
                new H3("History"), history);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
    }

    /** {@code diagram} is the lesson's lifecycle SVG, or null when the course has none. */
    static InstanceDetails open(Instance instance, PlaygroundView view, @Nullable String diagram, Optional<CostSeries> growth,
                                Controls controls) {
        var details = new InstanceDetails(instance.id(), diagram, controls);
        details.show(view, growth);
        details.dialog.open();
        return details;
    }

    String instanceId() {
        return instanceId;
    }

    boolean isOpened() {
        return dialog.isOpened();
    }

    /** Shows the instance as {@code view} has it. Once EC2 no longer lists it, the last picture stays. */
    void show(PlaygroundView view, Optional<CostSeries> costGrowth) {
        Optional<Instance> listed = view.instances().stream().filter(i -> i.id().equals(instanceId)).findFirst();
        if (listed.isEmpty()) {
            return;
        }
        Instance instance = listed.get();
        String title = (instance.name().isEmpty() ? "" : instance.name() + " · ") + instance.id() + " · "
                + instance.instanceType();
        if (!title.equals(dialog.getHeaderTitle())) {
            dialog.setHeaderTitle(title);
        }
        InstanceState state = instance.stateAt(view.simulatedNow());
        List<InstanceAction> possible = InstanceAction.ec2Actions().stream()
                .filter(action -> action.acts(instance, view.simulatedNow())).toList();
        String stateText = "Now " + Labels.of(state) + ". " + (possible.isEmpty() ? "No action would change it now."
                : "Possible next: " + possible.stream().map(InstancesPanel::label).map(String::toLowerCase)
                        .collect(Collectors.joining(", ")) + ".");
        if (!stateText.equals(now.getText())) {
            now.setText(stateText);
        }
        showReason(instance.stateReasonAt(view.simulatedNow()));
        showStatusChecks(instance, view.simulatedNow());
        showFigure(state, possible);
        showProtection(instance);
        showLines(volumes, volumes(instance, view));
        showLines(software, SoftwareLines.of(instance.software(), true));
        showLines(costs, costs(instance, view));
        costGrowth.ifPresent(growth::show);
        showLines(history, history(instance, view));
    }

    /** EC2's own words for why the instance is in this state, as describe-instances gives them. */
    private void showReason(StateReason why) {
        String text = why.isNone() ? "" : "State reason: " + why.message() + ". State transition reason: "
                + why.transitionReason() + ".";
        if (!text.equals(reason.getText())) {
            reason.setText(text);
        }
        reason.setVisible(!why.isNone());
    }

    /**
     * The two checks as DescribeInstanceStatus has them; once the hardware has failed, the ways back
     * this root device type allows.
     */
    private void showStatusChecks(Instance instance, Instant at) {
        String text = instance.statusChecksAt(at).map(checks -> checks.summary() + ": system status check "
                + checks.system().apiName() + ", instance status check " + checks.instance().apiName() + ".")
                .orElse("Only a running instance is checked.");
        setText(statusChecks, text);
        String way = !instance.impairedAt(at) ? ""
                : instance.isEbsBacked()
                ? "The hardware under this instance has failed, so nothing reaches it. Stop and start it to move it to "
                        + "healthy hardware (its EBS root volume keeps its data), or launch a replacement from your AMI."
                : "The hardware under this instance has failed, and its instance store root disk with it. It cannot be "
                        + "stopped: terminate it and launch a replacement from your AMI.";
        setText(recovery, way);
        recovery.setVisible(!way.isEmpty());
        Optional<String> refused = InstanceAction.FAIL_HOST.refusal(instance, at).map(error -> error.code() + ": "
                + error.message());
        failHost.setEnabled(refused.isEmpty());
        failHost.setTooltipText(refused.orElse("Breaks the host under this running instance, as real hardware sometimes "
                + "fails, so that you can practise recovering it."));
    }

    private static void setText(Paragraph paragraph, String text) {
        if (!text.equals(paragraph.getText())) {
            paragraph.setText(text);
        }
    }

    /** As stored: after a refused or failed switch the box goes back to what EC2 has. */
    private void showProtection(Instance instance) {
        if (terminationProtection.getValue() != instance.terminationProtection()) {
            terminationProtection.setValue(instance.terminationProtection());
        }
        if (stopProtection.getValue() != instance.stopProtection()) {
            stopProtection.setValue(instance.stopProtection());
        }
        boolean canStop = instance.rootDeviceType() == RootDeviceType.EBS;
        if (stopProtection.isEnabled() != canStop) {
            stopProtection.setEnabled(canStop);
        }
        stopProtection.setTooltipText(canStop ? "While on, EC2 refuses to stop the instance (disableApiStop)."
                : "An instance store-backed instance can never be stopped, so stop protection has nothing to prevent.");
    }

    private void showFigure(InstanceState state, List<InstanceAction> possible) {
        Set<String> actionNames = possible.stream().map(action -> action.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        String shows = state + " " + actionNames;
        if (diagram != null && !shows.equals(figureShows)) {
            figureShows = shows;
            figure.removeAll();
            figure.add(LifecycleFigure.of(diagram, state, actionNames));
        }
    }

    /** Replaces the items only if their text changed. */
    private static void showLines(UnorderedList list, List<String> lines) {
        List<String> shown = list.getChildren().map(Component::getElement).map(e -> e.getText()).toList();
        if (!shown.equals(lines)) {
            list.removeAll();
            lines.forEach(line -> list.add(new ListItem(line)));
        }
    }

    private static List<String> volumes(Instance instance, PlaygroundView view) {
        List<String> lines = new ArrayList<>();
        lines.add("Root device " + instance.rootDeviceName() + ": " + Labels.of(instance.rootDeviceType()) + ", "
                + instance.rootSizeGiB() + " GiB");
        for (Volume volume : view.volumes()) {
            if (instance.id().equals(volume.instanceId())) {
                lines.add(volume.id() + " at " + volume.deviceName() + ": " + volume.volumeType().apiName() + ", "
                        + volume.sizeGiB() + " GiB, " + volume.stateAt(view.simulatedNow()).apiName()
                        + (volume.deleteOnTermination() ? ", deleted on termination" : ", kept after termination"));
            }
        }
        return lines;
    }

    private static List<String> costs(Instance instance, PlaygroundView view) {
        List<String> lines = new ArrayList<>();
        for (CostCategory category : List.of(CostCategory.COMPUTE, CostCategory.EBS, CostCategory.SOFTWARE)) {
            lines.add(Labels.of(category) + ": " + view.costsSoFar().forInstance(instance.id(), category)
                    .toDisplayString());
        }
        lines.add("Total: " + view.costsSoFar().forInstance(instance.id()).toDisplayString());
        return lines;
    }

    private static List<String> history(Instance instance, PlaygroundView view) {
        List<String> lines = new ArrayList<>();
        for (PlaygroundEvent event : view.recentEvents()) {
            if (instance.id().equals(event.targetId())) {
                lines.add(TIME.format(event.simulatedAt()) + " · " + EventText.action(event) + " · "
                        + EventText.result(event));
            }
        }
        return lines;
    }
}
