package org.amilab.playground.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.CostCategory;
import org.amilab.simulator.Money;

/** What the playground has cost so far and would cost per month if everything stays as it is. */
class CostPanel extends Div {

    private final Div table = new Div();

    CostPanel() {
        addClassName("cost-panel");
        table.setId("cost-table");
        add(new H3("Cost by category"), table, new Paragraph("Prices are illustrative list prices, not a bill. "
                + "Instance usage is charged per second while running, with a 60-second minimum each time an "
                + "instance starts; EBS volumes and AMI snapshots are charged for every second they exist."));
    }

    void show(PlaygroundView view) {
        Map<CostCategory, Money> soFar = view.costsSoFar().byCategory();
        Map<CostCategory, Money> month = view.monthlyProjection().byCategory();
        var html = new StringBuilder("<table class=\"cost-table\"><thead><tr><th scope=\"col\">Category</th>"
                + "<th scope=\"col\">So far</th><th scope=\"col\">Per month at the current state</th></tr></thead><tbody>");
        for (CostCategory category : CostCategory.values()) {
            html.append("<tr><th scope=\"row\">").append(label(category)).append("</th><td>")
                    .append(soFar.getOrDefault(category, Money.ZERO).toDisplayString()).append("</td><td>")
                    .append(month.getOrDefault(category, Money.ZERO).toDisplayString()).append("</td></tr>");
        }
        html.append("<tr class=\"total\"><th scope=\"row\">Total</th><td id=\"cost-total\">")
                .append(view.costsSoFar().total().toDisplayString()).append("</td><td id=\"cost-month\">")
                .append(view.monthlyProjection().total().toDisplayString()).append("</td></tr></tbody></table>");
        table.getElement().setProperty("innerHTML", html.toString());
    }

    private static String label(CostCategory category) {
        return switch (category) {
            case COMPUTE -> "Instance usage";
            case EBS -> "EBS volumes";
            case AMI_STORAGE -> "AMI storage";
            case SOFTWARE -> "Marketplace software";
        };
    }
}
