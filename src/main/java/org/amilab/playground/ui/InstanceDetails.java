package org.amilab.playground.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.CostCategory;
import org.amilab.simulator.Instance;
import org.amilab.simulator.InstanceAction;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.Volume;

/** One instance up close: where it is in the lifecycle, its volumes, its cost, and its history. */
final class InstanceDetails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private InstanceDetails() {
    }

    static Dialog open(Instance instance, PlaygroundView view, String diagram) {
        var dialog = new Dialog();
        dialog.setId("instance-details");
        dialog.setHeaderTitle((instance.name().isEmpty() ? "" : instance.name() + " · ") + instance.id() + " · "
                + instance.instanceType());
        dialog.setWidth("min(48rem, 100vw)");
        InstanceState state = instance.stateAt(view.simulatedNow());
        List<InstanceAction> possible = Arrays.stream(InstanceAction.values())
                .filter(action -> action.acts(instance, view.simulatedNow())).toList();
        Set<String> actionNames = possible.stream().map(action -> action.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        var now = new Paragraph("Now " + Labels.of(state) + ". " + (possible.isEmpty() ? "No action would change it now."
                : "Possible next: " + possible.stream().map(InstancesPanel::label).map(String::toLowerCase)
                        .collect(Collectors.joining(", ")) + "."));
        now.setId("instance-now");
        dialog.add(now);
        if (diagram != null) {
            dialog.add(LifecycleFigure.of(diagram, state, actionNames));
        }
        dialog.add(new H3("Volumes"), volumes(instance, view), new H3("Cost so far"), costs(instance, view),
                new H3("History"), history(instance, view));
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
        return dialog;
    }

    private static UnorderedList volumes(Instance instance, PlaygroundView view) {
        var list = new UnorderedList();
        list.add(new ListItem("Root device " + instance.rootDeviceName() + ": " + Labels.of(instance.rootDeviceType())
                + ", " + instance.rootSizeGiB() + " GiB"));
        for (Volume volume : view.volumes()) {
            if (instance.id().equals(volume.instanceId())) {
                list.add(new ListItem(volume.id() + " at " + volume.deviceName() + ": " + volume.volumeType().apiName()
                        + ", " + volume.sizeGiB() + " GiB, " + volume.stateAt(view.simulatedNow()).apiName()
                        + (volume.deleteOnTermination() ? ", deleted on termination" : ", kept after termination")));
            }
        }
        return list;
    }

    private static UnorderedList costs(Instance instance, PlaygroundView view) {
        var list = new UnorderedList();
        list.add(new ListItem("Instance usage: " + view.costsSoFar().forInstance(instance.id(), CostCategory.COMPUTE)
                .toDisplayString()));
        list.add(new ListItem("EBS volumes: " + view.costsSoFar().forInstance(instance.id(), CostCategory.EBS)
                .toDisplayString()));
        list.add(new ListItem("Marketplace software: " + view.costsSoFar().forInstance(instance.id(),
                CostCategory.SOFTWARE).toDisplayString()));
        list.add(new ListItem("Total: " + view.costsSoFar().forInstance(instance.id()).toDisplayString()));
        return list;
    }

    private static UnorderedList history(Instance instance, PlaygroundView view) {
        var list = new UnorderedList();
        list.setId("instance-history");
        for (PlaygroundEvent event : view.recentEvents()) {
            if (instance.id().equals(event.targetId())) {
                list.add(new ListItem(TIME.format(event.simulatedAt()) + " · "
                        + event.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " · "
                        + (event.accepted() ? event.result() : "refused: " + event.errorCode())));
            }
        }
        return list;
    }
}
