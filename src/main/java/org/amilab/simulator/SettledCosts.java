package org.amilab.simulator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What resources EC2 no longer lists had cost, after they were folded out of the playground: the
 * running total by category since the playground started, at up to {@link #MAX_POINTS} moments,
 * straight between them, and constant after the last, as everything folded had ended by then.
 *
 * <p>So a playground keeps only what EC2 lists, however many instances came and went, and what it
 * has spent stays what it was. The total after the last point is exact; in between, where points
 * had to be dropped to stay small, the growth is the straight line between the points kept, which
 * a cost chart of the whole playground cannot tell apart.
 */
public record SettledCosts(List<Point> points) {

    public static final int MAX_POINTS = 64;
    public static final SettledCosts NONE = new SettledCosts(List.of());
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;

    /** The running total by category at {@code at}. */
    public record Point(Instant at, Map<CostCategory, BigDecimal> spent) {
        public Point {
            Require.present(at, "at");
            Map<CostCategory, BigDecimal> all = new EnumMap<>(CostCategory.class);
            for (CostCategory category : CostCategory.values()) {
                // Money's scale: finer than any charge, and it keeps a stored point short
                all.put(category, spent.getOrDefault(category, BigDecimal.ZERO).setScale(Money.SCALE, RoundingMode.HALF_EVEN));
            }
            spent = Collections.unmodifiableMap(all);
        }
    }

    public SettledCosts {
        points = List.copyOf(points);
        Require.that(points.size() <= MAX_POINTS, "at most " + MAX_POINTS + " settled points");
        for (int i = 1; i < points.size(); i++) {
            Require.that(points.get(i).at().isAfter(points.get(i - 1).at()), "settled points must be in time order");
        }
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** What the folded resources had spent on {@code category} by {@code at}. */
    public BigDecimal spentBy(CostCategory category, Instant at) {
        if (points.isEmpty() || !at.isAfter(points.get(0).at())) {
            return points.isEmpty() ? BigDecimal.ZERO : points.get(0).spent().get(category);
        }
        Point last = points.get(points.size() - 1);
        if (!at.isBefore(last.at())) {
            return last.spent().get(category);
        }
        int after = 1;
        while (points.get(after).at().isBefore(at)) {
            after++;
        }
        // rounded as a charge is, so that the charges of two halves of a period add up to the whole
        return between(points.get(after - 1), points.get(after), at, category).setScale(Money.SCALE, RoundingMode.HALF_EVEN);
    }

    /** The folded resources' charges over [{@code from}, {@code to}), one line per category that has any. */
    public List<CostLine> lines(Instant from, Instant to) {
        List<CostLine> lines = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            BigDecimal amount = spentBy(category, to).subtract(spentBy(category, from));
            if (amount.signum() != 0) {
                lines.add(new CostLine(category, "settled", "", new Money(amount)));
            }
        }
        return lines;
    }

    /**
     * These settled costs plus those of {@code folded}, resources that have all ended by
     * {@code now}: each moment where their cost changes pace is a new point, then the points that
     * matter least to the shape of the growth are dropped until {@link #MAX_POINTS} are left.
     */
    SettledCosts plus(Folded folded, PricedCosts calculator, Instant startedAt, Instant now) {
        TreeSet<Instant> moments = new TreeSet<>();
        points.forEach(point -> moments.add(point.at()));
        folded.paceChanges().stream().filter(t -> t.isAfter(startedAt) && !t.isAfter(now)).forEach(moments::add);
        // a new price book changes the pace of everything that was running or stored then
        calculator.priceChanges().stream().filter(t -> t.isAfter(startedAt) && !t.isAfter(now)).forEach(moments::add);
        moments.add(startedAt);
        List<Point> merged = new ArrayList<>(moments.size());
        for (Instant at : moments) {
            Map<CostCategory, Money> added = calculator.between(folded.instances(), folded.volumes(), folded.snapshots(),
                    folded.bundles(), startedAt, at).byCategory();
            Map<CostCategory, BigDecimal> spent = new EnumMap<>(CostCategory.class);
            for (CostCategory category : CostCategory.values()) {
                spent.put(category, spentBy(category, at).add(added.get(category).amount()));
            }
            merged.add(new Point(at, spent));
        }
        return new SettledCosts(simplified(merged));
    }

    /** What is folded at once: instances, volumes, snapshots and bundles that have all ended. */
    public record Folded(List<Instance> instances, List<Volume> volumes, List<Snapshot> snapshots,
                         List<ImageBundle> bundles) {

        public boolean isEmpty() {
            return instances.isEmpty() && volumes.isEmpty() && snapshots.isEmpty() && bundles.isEmpty();
        }

        /** Moments at which a folded resource started or stopped costing, or changed what it cost. */
        List<Instant> paceChanges() {
            List<Instant> moments = new ArrayList<>();
            for (Instance instance : instances) {
                for (StateSegment segment : instance.history()) {
                    moments.add(segment.from());
                    // a running period is billed for at least a minute: its cost changes pace there too
                    moments.add(segment.from().plus(Duration.ofSeconds(CostCalculator.MINIMUM_BILLED_SECONDS)));
                    segment.until().ifPresent(moments::add);
                }
            }
            volumes.forEach(v -> addLifetime(moments, v.createdAt(), v.deletedAt()));
            snapshots.forEach(s -> addLifetime(moments, s.createdAt(), s.deletedAt()));
            bundles.forEach(b -> addLifetime(moments, b.createdAt(), b.deletedAt()));
            return moments;
        }

        private static void addLifetime(List<Instant> moments, Instant created, Optional<Instant> deleted) {
            moments.add(created);
            deleted.ifPresent(moments::add);
        }
    }

    /**
     * Drops inner points, each time the one whose absence bends the growth least, until few enough
     * are left. The first and the last point always stay, so the total stays exact.
     */
    private static List<Point> simplified(List<Point> points) {
        List<Point> kept = new ArrayList<>(points);
        // the ends have no error: they never go
        List<@Nullable BigDecimal> errors = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            errors.add(errorAt(kept, i));
        }
        while (kept.size() > MAX_POINTS) {
            int least = 1;
            for (int i = 2; i < kept.size() - 1; i++) {
                if (errors.get(i).compareTo(errors.get(least)) < 0) {
                    least = i;
                }
            }
            kept.remove(least);
            errors.remove(least);
            errors.set(least - 1, errorAt(kept, least - 1));
            errors.set(least, errorAt(kept, least));
        }
        return kept;
    }

    /** How far the growth would bend if point {@code i} went; the ends never go. */
    private static @Nullable BigDecimal errorAt(List<Point> points, int i) {
        return i == 0 || i == points.size() - 1 ? null : errorWithout(points.get(i - 1), points.get(i), points.get(i + 1));
    }

    private static BigDecimal errorWithout(Point before, Point point, Point after) {
        BigDecimal error = BigDecimal.ZERO;
        for (CostCategory category : CostCategory.values()) {
            error = error.add(between(before, after, point.at(), category).subtract(point.spent().get(category)).abs());
        }
        return error;
    }

    private static BigDecimal between(Point before, Point after, Instant at, CostCategory category) {
        BigDecimal from = before.spent().get(category);
        BigDecimal to = after.spent().get(category);
        BigDecimal span = seconds(Duration.between(before.at(), after.at()));
        BigDecimal gone = seconds(Duration.between(before.at(), at));
        return from.add(to.subtract(from).multiply(gone, EXACT_ENOUGH).divide(span, EXACT_ENOUGH));
    }

    private static BigDecimal seconds(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
    }
}
