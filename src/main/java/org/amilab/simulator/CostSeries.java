package org.amilab.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How the cost grew over simulated time: the running total by category at evenly spaced moments,
 * from the first point (a playground's start or an instance's launch) to the last (at most the
 * simulated now). Each point is evaluated in closed form, so a year costs as little as a minute.
 */
public record CostSeries(List<CostPoint> points) {

    public CostSeries {
        points = List.copyOf(points);
        Require.that(!points.isEmpty(), "a cost series has at least one point");
        for (int i = 1; i < points.size(); i++) {
            Require.that(points.get(i).at().isAfter(points.get(i - 1).at()), "cost points must be in time order");
        }
    }

    public Instant from() {
        return points.get(0).at();
    }

    public Instant to() {
        return last().at();
    }

    public CostPoint last() {
        return points.get(points.size() - 1);
    }

    /** Whether anything was spent on {@code category}; running totals never fall, so the last point says. */
    public boolean hasCharges(CostCategory category) {
        return last().spent(category).compareTo(Money.ZERO) > 0;
    }

    /**
     * Up to {@code points} moments in whole seconds from {@code from} to {@code to}, both included. A
     * period shorter than that many seconds gets one point per second, and an empty one a single point.
     */
    static List<Instant> evenlySpaced(Instant from, Instant to, int points) {
        Require.that(points >= 2, "a series needs at least two points to show a change, was " + points);
        Require.that(!to.isBefore(from), "a cost series cannot end before it starts");
        long seconds = Duration.between(from, to).getSeconds();
        int count = (int) Math.min(points, seconds + 1);
        List<Instant> instants = new ArrayList<>(count);
        for (int i = 0; i < count - 1; i++) {
            instants.add(from.plusSeconds(seconds * i / (count - 1)));
        }
        instants.add(to);
        return instants;
    }
}
