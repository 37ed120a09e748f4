package org.amilab.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Costs over a {@link PriceHistory}: a period is split where the price book changed, each part is
 * charged by the calculator of its book, and the parts add up. Every charge is a difference of
 * cumulative amounts, so splitting never changes a total (the minute minimum of a running period
 * falls in the part where it began). A playground that never saw the price book change has one book
 * and pays nothing for this.
 */
final class PricedCosts {

    private record Part(Instant from, Instant until, CostCalculator calculator) {
    }

    /**
     * A calculator prepares every regional rate of its book; every load of every playground would
     * prepare the same few books again, so the latest are kept (a book is a value: equal books, one calculator).
     */
    private static final Calculators CALCULATORS = new Calculators(8);

    private final List<Part> parts;

    PricedCosts(PriceHistory history) {
        List<PriceHistory.Epoch> epochs = history.epochs();
        List<Part> built = new ArrayList<>(epochs.size());
        for (int i = 0; i < epochs.size(); i++) {
            Instant from = i == 0 ? Instant.MIN : epochs.get(i).from();
            Instant until = i == epochs.size() - 1 ? Instant.MAX : epochs.get(i + 1).from();
            built.add(new Part(from, until, CALCULATORS.of(epochs.get(i).prices())));
        }
        this.parts = List.copyOf(built);
    }

    /** The simulated instants where a book took over from another. */
    List<Instant> priceChanges() {
        return parts.stream().skip(1).map(Part::from).toList();
    }

    /** The calculator of the latest book, the one in force from its start on. */
    CostCalculator latest() {
        return parts.get(parts.size() - 1).calculator();
    }

    CostBreakdown between(Collection<Instance> instances, Collection<Volume> volumes, Collection<Snapshot> snapshots,
                          Collection<ImageBundle> bundles, Instant from, Instant to) {
        if (parts.size() == 1) {
            return parts.get(0).calculator().between(instances, volumes, snapshots, bundles, from, to);
        }
        Map<List<String>, CostLine> merged = new LinkedHashMap<>();
        for (Part part : parts) {
            Instant start = later(from, part.from());
            Instant end = earlier(to, part.until());
            if (start.isBefore(end)) {
                part.calculator().between(instances, volumes, snapshots, bundles, start, end).lines()
                        .forEach(line -> merged.merge(List.of(line.category().name(), line.resourceId(), line.instanceId()),
                                line, (a, b) -> new CostLine(a.category(), a.resourceId(), a.instanceId(),
                                        a.amount().plus(b.amount()))));
            }
        }
        return new CostBreakdown(from, to, List.copyOf(merged.values()));
    }

    /**
     * The running total by category at up to {@code points} evenly spaced moments from {@code from} to
     * {@code to}. Each point is one closed-form evaluation of everything given, so the series costs
     * {@code points} times a single total however long the period is.
     */
    CostSeries series(Collection<Instance> instances, Collection<Volume> volumes, Collection<Snapshot> snapshots,
                      Collection<ImageBundle> bundles, Instant from, Instant to, int points) {
        List<CostPoint> sampled = new ArrayList<>(points);
        for (Instant at : CostSeries.evenlySpaced(from, to, points)) {
            sampled.add(new CostPoint(at, between(instances, volumes, snapshots, bundles, from, at).byCategory()));
        }
        return new CostSeries(sampled);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static final class Calculators {

        private final Map<PriceBook, CostCalculator> latest;

        Calculators(int kept) {
            this.latest = new LinkedHashMap<>(kept * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<PriceBook, CostCalculator> eldest) {
                    return size() > kept;
                }
            };
        }

        synchronized CostCalculator of(PriceBook prices) {
            return latest.computeIfAbsent(prices, CostCalculator::new);
        }
    }
}
