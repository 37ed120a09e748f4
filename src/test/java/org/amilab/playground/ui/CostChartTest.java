package org.amilab.playground.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.amilab.simulator.CostCategory;
import org.amilab.simulator.CostPoint;
import org.amilab.simulator.CostSeries;
import org.amilab.simulator.Money;
import org.junit.jupiter.api.Test;

/** What the chart wrapper sends to the browser, and when it sends nothing. */
class CostChartTest {

    private static final Instant LAUNCH = Instant.parse("2025-11-26T09:00:00Z");

    private final CostSeries twoHours = new CostSeries(List.of(
            point(0, "0", "0"),
            point(3600, "0.01046", "0.00087"),
            point(7200, "0.02086", "0.00175")));

    @Test
    void everyChargedCategoryBecomesALineOfRoundedDollarsWithTheAmountsAsShownElsewhere() {
        ObjectNode figures = CostChart.figures(twoHours, "since launch");

        assertThat(texts(figures.get("labels"))).containsExactly("0 min", "1 h", "2 h");
        assertThat(texts(figures.get("totals"))).containsExactly("$0.00", "$0.01", "$0.02");
        assertThat(figures.get("axis").asText()).isEqualTo("Simulated time since launch");
        JsonNode lines = figures.get("lines");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("key").asText()).isEqualTo("compute");
        assertThat(lines.get(0).get("label").asText()).isEqualTo("Instance usage");
        assertThat(numbers(lines.get(0).get("values"))).containsExactly(0.0, 0.0105, 0.0209);
        assertThat(texts(lines.get(0).get("shown"))).containsExactly("$0.00", "$0.01", "$0.02");
        assertThat(lines.get(1).get("key").asText()).isEqualTo("ebs");
        assertThat(numbers(lines.get(1).get("values"))).containsExactly(0.0, 0.0009, 0.0018);
    }

    @Test
    void theSummarySaysWhatTheCanvasShowsForScreenReaders() {
        assertThat(CostChart.figures(twoHours, "since launch").get("summary").asText()).isEqualTo(
                "Running cost by category over 2 h of simulated time since launch: $0.02 in total "
                        + "(Instance usage $0.02, EBS volumes $0.00).");

        CostSeries nothing = new CostSeries(List.of(point(0, "0", "0"), point(300, "0", "0")));
        ObjectNode figures = CostChart.figures(nothing, "since the playground started");
        assertThat(figures.get("summary").asText())
                .isEqualTo("Nothing spent yet over 5 min of simulated time since the playground started.");
        assertThat(figures.get("lines")).isEmpty();
    }

    @Test
    void theSameFiguresAreNotSentTwice() {
        var chart = new CostChart("since launch");

        assertThat(chart.show(twoHours)).isTrue();
        assertThat(chart.getElement().hasProperty("figures")).isTrue();
        assertThat(chart.show(new CostSeries(twoHours.points()))).as("an equal series").isFalse();
        CostSeries aFractionOfACentLater = new CostSeries(List.of(point(0, "0", "0"), point(3600, "0.010461", "0.00087"),
                point(7200, "0.020861", "0.00175")));
        assertThat(chart.show(aFractionOfACentLater)).as("below what the chart can show").isFalse();
        CostSeries later = new CostSeries(List.of(point(0, "0", "0"), point(3601, "0.01046", "0.00087"),
                point(7202, "0.02096", "0.00175")));
        assertThat(chart.show(later)).isTrue();
    }

    @Test
    void elapsedTimeIsAsPreciseAsTheWholeSpanNeeds() {
        assertThat(CostChart.elapsed(0, 300)).isEqualTo("0 s");
        assertThat(CostChart.elapsed(90, 300)).isEqualTo("1 min 30 s");
        assertThat(CostChart.elapsed(5_400, 7_200)).isEqualTo("1 h 30 min");
        assertThat(CostChart.elapsed(2_700, 7_200)).isEqualTo("45 min");
        assertThat(CostChart.elapsed(3 * 86_400 + 5 * 3_600 + 59, 30 * 86_400)).isEqualTo("3 d 5 h");
        assertThat(CostChart.elapsed(86_400, 30 * 86_400)).isEqualTo("1 d");
    }

    private static CostPoint point(long seconds, String compute, String ebs) {
        return new CostPoint(LAUNCH.plusSeconds(seconds), Map.of(CostCategory.COMPUTE, Money.of(compute),
                CostCategory.EBS, Money.of(ebs)));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<Double> numbers(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asDouble).toList();
    }
}
