package org.amilab.playground.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.BackingComparison;
import org.amilab.simulator.Instance;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.PriceBook;
import org.amilab.simulator.Volume;
import org.amilab.simulator.VolumeType;
import org.amilab.simulator.CostCategory;
import org.amilab.simulator.CostSeries;
import org.amilab.simulator.Money;

/** What the playground has cost so far and would cost per month if everything stays as it is. */
class CostPanel extends Div {

    private final Div table = new Div();
    private final CostChart growth = new CostChart("since the playground started");
    private final Select<Instance> compared = new Select<>();
    private final Div whatIf = new Div();
    /** The book in force when the comparison is drawn: the price book may be edited while the page is open. */
    private final Supplier<PriceBook> prices;
    private String region;
    private Instant now = Instant.EPOCH;
    private PlaygroundView shown;

    CostPanel(Supplier<PriceBook> prices) {
        this.prices = prices;
        addClassName("cost-panel");
        table.setId("cost-table");
        growth.setId("playground-cost-chart");
        compared.setLabel("Compare one of your instances");
        compared.setId("what-if-instance");
        compared.setWidth("24rem");
        compared.setMaxWidth("100%");
        compared.setItemLabelGenerator(instance -> instance.id() + " · " + instance.instanceType());
        compared.addValueChangeListener(change -> showWhatIf(change.getValue()));
        whatIf.setId("what-if");
        add(new H3("Cost by category"), table, new Paragraph("Prices are illustrative list prices, not a bill. "
                + "Instance usage is charged per second while running, with a 60-second minimum each time an "
                + "instance starts; EBS volumes and AMI snapshots are charged for every second they exist."),
                new H3("How the cost grew"), growth,
                new H3("What if: EBS-backed or instance store-backed?"), compared, whatIf);
    }

    void show(PlaygroundView view, String regionCode) {
        region = regionCode;
        shown = view;
        now = view.simulatedNow();
        List<Instance> candidates = view.instances().stream().filter(instance -> instance.region().equals(regionCode)
                && instance.stateAt(now) != InstanceState.TERMINATED).toList();
        List<String> ids = candidates.stream().map(Instance::id).toList();
        List<String> shownIds = compared.getListDataView().getItems().map(Instance::id).toList();
        if (!ids.equals(shownIds)) {
            String chosen = compared.getValue() == null ? null : compared.getValue().id();
            compared.setItems(candidates);
            compared.setValue(candidates.stream().filter(i -> i.id().equals(chosen)).findFirst()
                    .orElse(candidates.isEmpty() ? null : candidates.get(0)));
        }
        if (candidates.isEmpty()) {
            whatIf.setText("Launch an instance to compare what it would cost with either kind of root device.");
        }
        showCategories(view);
    }

    /** The chart of the running cost; the page asks for it only while this panel is the one shown. */
    void showGrowth(CostSeries series) {
        growth.show(series);
    }

    /** A month of the same instance type and root size, used all month or only in working hours. */
    private void showWhatIf(Instance instance) {
        if (instance == null) {
            return;
        }
        // an instance store root has no volume type: price its EBS twin on gp3, the default for new volumes
        VolumeType rootType = shown.volumes().stream()
                .filter(volume -> instance.id().equals(volume.instanceId())
                        && instance.rootDeviceName().equals(volume.deviceName()))
                .map(Volume::volumeType).findFirst().orElse(VolumeType.GP3);
        var month = BackingComparison.of(prices.get(), region, instance.instanceType(), instance.rootSizeGiB(), rootType,
                instance.softwareHourlyUsd());
        whatIf.getElement().setProperty("innerHTML", "<table class=\"cost-table\"><thead><tr><th scope=\"col\">"
                + instance.instanceType() + ", " + instance.rootSizeGiB() + " GiB root</th>"
                + "<th scope=\"col\">Used all month</th><th scope=\"col\">Used "
                + BackingComparison.WORKING_HOURS_PER_MONTH + " working hours, stopped otherwise</th></tr></thead><tbody>"
                + "<tr><th scope=\"row\">EBS-backed</th><td>" + month.ebsAllMonth().toDisplayString() + "</td><td>"
                + month.ebsWorkingHours().toDisplayString() + "</td></tr>"
                + "<tr><th scope=\"row\">Instance store-backed</th><td>" + month.instanceStoreAllMonth().toDisplayString()
                + "</td><td>" + month.instanceStoreWorkingHours().toDisplayString() + " (it cannot be stopped)</td></tr>"
                + "</tbody></table><p>The EBS-backed instance pays for its root volume all month but can be stopped; "
                + "the instance store-backed one has no volume to pay for but runs, and is billed, until it is "
                + "terminated. The AMI's own storage (EBS snapshot or Amazon S3) comes on top for your own AMIs.</p>");
    }

    private void showCategories(PlaygroundView view) {
        Map<CostCategory, Money> soFar = view.costsSoFar().byCategory();
        Map<CostCategory, Money> month = view.monthlyProjection().byCategory();
        var html = new StringBuilder("<table class=\"cost-table\"><thead><tr><th scope=\"col\">Category</th>"
                + "<th scope=\"col\">So far</th><th scope=\"col\">Per month at the current state</th></tr></thead><tbody>");
        for (CostCategory category : CostCategory.values()) {
            html.append("<tr><th scope=\"row\">").append(Labels.of(category)).append("</th><td>")
                    .append(soFar.getOrDefault(category, Money.ZERO).toDisplayString()).append("</td><td>")
                    .append(month.getOrDefault(category, Money.ZERO).toDisplayString()).append("</td></tr>");
        }
        html.append("<tr class=\"total\"><th scope=\"row\">Total</th><td id=\"cost-total\">")
                .append(view.costsSoFar().total().toDisplayString()).append("</td><td id=\"cost-month\">")
                .append(view.monthlyProjection().total().toDisplayString()).append("</td></tr></tbody></table>");
        table.getElement().setProperty("innerHTML", html.toString());
    }
}
