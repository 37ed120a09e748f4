package org.amilab.playground.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amilab.simulator.CostCategory;
import org.amilab.simulator.CostPoint;
import org.amilab.simulator.CostSeries;

/**
 * The running cost by category over simulated time, drawn by chart.js in the browser
 * ({@code frontend/components/cost-chart.ts}) with the same figures as a table. Amounts stay
 * {@code Money} up to here; they become plain numbers only for the plot.
 */
@Tag("cost-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/cost-chart.ts")
class CostChart extends Component implements HasSize {

    /** Hundredths of a cent: finer than a chart can show, coarse enough that a tick at 1× rarely changes it. */
    private static final int PLOTTED_DECIMALS = 4;
    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;

    private final String since;
    private String sent = "";

    /** {@code since} ends the axis title and the summary, e.g. "since launch". */
    CostChart(String since) {
        this.since = since;
        setWidthFull();
    }

    /**
     * Sends the series to the browser unless it would draw exactly what is already there, so that
     * the live refresh costs nothing while the clock is paused. True if something was sent.
     */
    boolean show(CostSeries series) {
        ObjectNode figures = figures(series, since);
        String json = figures.toString();
        if (json.equals(sent)) {
            return false;
        }
        sent = json;
        getElement().setPropertyJson("figures", figures);
        return true;
    }

    /** What the browser gets: see {@code CostFigures} in cost-chart.ts. Categories nothing was spent on are left out. */
    static ObjectNode figures(CostSeries series, String since) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        long span = Duration.between(series.from(), series.to()).getSeconds();
        ObjectNode figures = json.objectNode();
        figures.put("summary", summary(series, since, span));
        figures.put("axis", "Simulated time " + since);
        ArrayNode labels = figures.putArray("labels");
        ArrayNode totals = figures.putArray("totals");
        for (CostPoint point : series.points()) {
            labels.add(elapsed(Duration.between(series.from(), point.at()).getSeconds(), span));
            totals.add(point.total().toDisplayString());
        }
        ArrayNode lines = figures.putArray("lines");
        for (CostCategory category : charged(series)) {
            ObjectNode line = lines.addObject();
            line.put("key", key(category));
            line.put("label", Labels.of(category));
            ArrayNode values = line.putArray("values");
            ArrayNode shown = line.putArray("shown");
            for (CostPoint point : series.points()) {
                values.add(point.spent(category).amount().setScale(PLOTTED_DECIMALS, RoundingMode.HALF_UP).doubleValue());
                shown.add(point.spent(category).toDisplayString());
            }
        }
        return figures;
    }

    /** What a screen reader hears for the canvas, and the caption of the table. */
    static String summary(CostSeries series, String since, long span) {
        List<CostCategory> charged = charged(series);
        String over = " over " + elapsed(span, span) + " of simulated time " + since;
        if (charged.isEmpty()) {
            return "Nothing spent yet" + over + ".";
        }
        List<String> parts = new ArrayList<>();
        for (CostCategory category : charged) {
            parts.add(Labels.of(category) + " " + series.last().spent(category).toDisplayString());
        }
        return "Running cost by category" + over + ": " + series.last().total().toDisplayString() + " in total ("
                + String.join(", ", parts) + ").";
    }

    private static List<CostCategory> charged(CostSeries series) {
        List<CostCategory> charged = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            if (series.hasCharges(category)) {
                charged.add(category);
            }
        }
        return charged;
    }

    /** The name of the category's colour in cost-chart.ts ({@code --cost-chart-<key>}). */
    static String key(CostCategory category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Time since the start, to the precision the whole span needs: seconds for a few minutes,
     * minutes for up to two days, hours beyond. Every label of one chart uses the same precision.
     */
    static String elapsed(long seconds, long span) {
        if (span < 10 * MINUTE) {
            return join(seconds / MINUTE, "min", seconds % MINUTE, "s");
        }
        if (span < 2 * DAY) {
            return join(seconds / HOUR, "h", seconds % HOUR / MINUTE, "min");
        }
        return join(seconds / DAY, "d", seconds % DAY / HOUR, "h");
    }

    /** "2 h 5 min", "2 h", "5 min", and "0 min" for nothing at all. */
    private static String join(long whole, String wholeUnit, long rest, String restUnit) {
        if (whole == 0) {
            return rest + " " + restUnit;
        }
        return rest == 0 ? whole + " " + wholeUnit : whole + " " + wholeUnit + " " + rest + " " + restUnit;
    }
}
