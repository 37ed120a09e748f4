package org.amilab.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Costs in closed form. Each charge is a cumulative function of time (billed seconds so far), so
 * the cost over [from, to) is its value at {@code to} minus its value at {@code from}: one pass
 * over the segments, however long the period.
 */
public final class CostCalculator {

    /** Each time an instance enters running it pays for at least this long. */
    public static final long MINIMUM_BILLED_SECONDS = 60;
    private static final long SECONDS_PER_HOUR = 3600;

    private final PriceBook prices;
    /** Regional hourly rates by region, then instance type: a lookup instead of a multiplication per instance. */
    private final Map<String, Map<String, BigDecimal>> hourlyRates = new HashMap<>();

    public CostCalculator(PriceBook prices) {
        this.prices = Require.present(prices, "prices");
        for (String region : prices.regionMultipliers().keySet()) {
            Map<String, BigDecimal> rates = new HashMap<>();
            prices.instanceHourlyUsd().keySet().forEach(type -> rates.put(type, prices.hourlyRate(type, region)));
            hourlyRates.put(region, rates);
        }
    }

    /** The price book's rate; unknown types and regions still fail there, with its message. */
    private BigDecimal hourlyRate(String instanceType, String region) {
        BigDecimal rate = hourlyRates.getOrDefault(region, Map.of()).get(instanceType);
        return rate != null ? rate : prices.hourlyRate(instanceType, region);
    }

    public CostBreakdown between(Collection<Instance> instances, Collection<Volume> volumes,
                                 Collection<Snapshot> snapshots, Instant from, Instant to) {
        List<CostLine> lines = new ArrayList<>();
        instances.forEach(instance -> addRunningCharges(lines, instance, from, to));
        volumes.forEach(volume -> lines.add(new CostLine(CostCategory.EBS, volume.id(), volume.instanceId(),
                storage(prices.ebsRate(volume.volumeType(), volume.region()), volume.sizeGiB(),
                        volume.createdAt(), volume.deletedAt(), from, to))));
        snapshots.forEach(snapshot -> lines.add(new CostLine(CostCategory.AMI_STORAGE, snapshot.id(), "",
                storage(prices.snapshotRate(snapshot.region()), snapshot.sizeGiB(),
                        snapshot.createdAt(), snapshot.deletedAt(), from, to))));
        return new CostBreakdown(from, to, lines);
    }

    /**
     * As above, plus the S3 bundles of instance store-backed AMIs: AMI storage too, but priced at the
     * S3 rate of the bundle's region rather than the snapshot rate.
     */
    public CostBreakdown between(Collection<Instance> instances, Collection<Volume> volumes,
                                 Collection<Snapshot> snapshots, Collection<ImageBundle> bundles, Instant from, Instant to) {
        CostBreakdown rest = between(instances, volumes, snapshots, from, to);
        if (bundles.isEmpty()) {
            // most playgrounds never bundle: spare them a second copy of every line
            return rest;
        }
        List<CostLine> lines = new ArrayList<>(rest.lines());
        bundles.forEach(bundle -> lines.add(new CostLine(CostCategory.AMI_STORAGE, bundle.location(), "",
                storage(prices.s3Rate(bundle.region()), bundle.sizeGiB(), bundle.createdAt(), bundle.deletedAt(),
                        from, to))));
        return new CostBreakdown(from, to, lines);
    }

    /**
     * Billed seconds are summed per instance type before they are priced, so that rounding happens
     * once per rate rather than once per running period.
     */
    private void addRunningCharges(List<CostLine> lines, Instance instance, Instant from, Instant to) {
        List<TypeSeconds> byType = billedSecondsByType(instance.historyAt(to), from, to);
        Money compute = Money.ZERO;
        long before = 0;
        long after = 0;
        for (TypeSeconds seconds : byType) {
            compute = compute.plus(charge(hourlyRate(seconds.type, instance.region()), seconds.before, seconds.after));
            before += seconds.before;
            after += seconds.after;
        }
        lines.add(new CostLine(CostCategory.COMPUTE, instance.id(), instance.id(), compute));
        if (instance.softwareHourlyUsd().signum() > 0) {
            List<StateSegment> history = instance.historyAt(to);
            lines.add(new CostLine(CostCategory.SOFTWARE, instance.id(), instance.id(),
                    charge(instance.softwareHourlyUsd(), softwareSecondsUpTo(history, from),
                            softwareSecondsUpTo(history, to))));
        }
    }

    /**
     * Marketplace software is sold by the hour: each time the instance enters running, every hour it
     * has begun to run is billed whole, while its compute is billed by the second.
     */
    private static long softwareSecondsUpTo(List<StateSegment> history, Instant t) {
        long seconds = 0;
        for (StateSegment segment : history) {
            if (segment.state().isBilled() && t.isAfter(segment.from())) {
                long ran = wholeSecondsBetween(segment.from(), segment.endOr(t));
                seconds += Math.max(1, Math.floorDiv(ran + SECONDS_PER_HOUR - 1, SECONDS_PER_HOUR)) * SECONDS_PER_HOUR;
            }
        }
        return seconds;
    }

    /** Billed seconds by {@code from} and by {@code to}, per instance type in order of first use. */
    private static List<TypeSeconds> billedSecondsByType(List<StateSegment> history, Instant from, Instant to) {
        List<TypeSeconds> byType = new ArrayList<>(2);
        for (StateSegment segment : history) {
            if (segment.state().isBilled()) {
                TypeSeconds seconds = find(byType, segment.instanceType());
                seconds.before += billedSecondsUpTo(segment, from);
                seconds.after += billedSecondsUpTo(segment, to);
            }
        }
        return byType;
    }

    /** An instance has one or a few types over its life, so a linear search beats a map here. */
    private static TypeSeconds find(List<TypeSeconds> byType, String type) {
        for (TypeSeconds seconds : byType) {
            if (seconds.type.equals(type)) {
                return seconds;
            }
        }
        TypeSeconds seconds = new TypeSeconds(type);
        byType.add(seconds);
        return seconds;
    }

    /** Running totals for one instance type while the history is walked. */
    private static final class TypeSeconds {
        private final String type;
        private long before;
        private long after;

        private TypeSeconds(String type) {
            this.type = type;
        }
    }

    /** The difference of two cumulative amounts, so that splitting a period never changes its total. */
    private static Money charge(BigDecimal perHour, long secondsBefore, long secondsAfter) {
        return Money.forSeconds(perHour, secondsAfter).minus(Money.forSeconds(perHour, secondsBefore));
    }

    /**
     * Seconds billed for a running segment by time {@code t}. The 60-second minimum is due the moment
     * the instance enters running, so the cumulative charge jumps once and then grows by the second.
     */
    static long billedSecondsUpTo(StateSegment segment, Instant t) {
        if (!t.isAfter(segment.from())) {
            return 0;
        }
        Instant end = segment.endOr(t);
        return Math.max(MINIMUM_BILLED_SECONDS, wholeSecondsBetween(segment.from(), end));
    }

    private Money storage(BigDecimal perGbMonth, int gib, Instant created, Optional<Instant> deleted,
                          Instant from, Instant to) {
        long before = existedSeconds(created, deleted, from);
        long until = existedSeconds(created, deleted, to);
        int hours = prices.hoursPerMonth();
        return Money.forStorage(perGbMonth, gib, until, hours).minus(Money.forStorage(perGbMonth, gib, before, hours));
    }

    private static long existedSeconds(Instant created, Optional<Instant> deleted, Instant t) {
        if (!t.isAfter(created)) {
            return 0;
        }
        Instant end = deleted.isPresent() && deleted.get().isBefore(t) ? deleted.get() : t;
        return Math.max(0, wholeSecondsBetween(created, end));
    }

    /** {@code Duration.between(start, end).getSeconds()} without allocating a Duration in the hot loop. */
    static long wholeSecondsBetween(Instant start, Instant end) {
        long seconds = end.getEpochSecond() - start.getEpochSecond();
        return end.getNano() < start.getNano() ? seconds - 1 : seconds;
    }

    /**
     * What a month of {@code hoursPerMonth} would cost if everything stayed as it is at {@code now}.
     * Transitional states count as the state they are about to settle into, and volumes or snapshots
     * already due to be deleted count as gone.
     */
    public CostBreakdown monthlyProjection(Collection<Instance> instances, Collection<Volume> volumes,
                                           Collection<Snapshot> snapshots, Instant now) {
        long month = Duration.ofHours(prices.hoursPerMonth()).getSeconds();
        List<CostLine> lines = new ArrayList<>();
        for (Instance instance : instances) {
            StateSegment segment = instance.segmentAt(now);
            long seconds = segment.state().settled().isBilled() ? month : 0;
            lines.add(new CostLine(CostCategory.COMPUTE, instance.id(), instance.id(),
                    Money.forSeconds(hourlyRate(segment.instanceType(), instance.region()), seconds)));
            if (instance.softwareHourlyUsd().signum() > 0) {
                lines.add(new CostLine(CostCategory.SOFTWARE, instance.id(), instance.id(),
                        Money.forSeconds(instance.softwareHourlyUsd(), seconds)));
            }
        }
        volumes.stream().filter(v -> v.deletedAt().isEmpty() && !v.createdAt().isAfter(now))
                .forEach(v -> lines.add(new CostLine(CostCategory.EBS, v.id(), v.instanceId(),
                        Money.forStorage(prices.ebsRate(v.volumeType(), v.region()), v.sizeGiB(), month, prices.hoursPerMonth()))));
        snapshots.stream().filter(s -> s.deletedAt().isEmpty() && !s.createdAt().isAfter(now))
                .forEach(s -> lines.add(new CostLine(CostCategory.AMI_STORAGE, s.id(), "",
                        Money.forStorage(prices.snapshotRate(s.region()), s.sizeGiB(), month, prices.hoursPerMonth()))));
        return new CostBreakdown(now, now.plusSeconds(month), lines);
    }

    /** As above, plus the S3 bundles that exist at {@code now}, each a whole month at the S3 rate. */
    public CostBreakdown monthlyProjection(Collection<Instance> instances, Collection<Volume> volumes,
                                           Collection<Snapshot> snapshots, Collection<ImageBundle> bundles, Instant now) {
        CostBreakdown rest = monthlyProjection(instances, volumes, snapshots, now);
        if (bundles.isEmpty()) {
            return rest;
        }
        long month = Duration.between(rest.from(), rest.to()).getSeconds();
        List<CostLine> lines = new ArrayList<>(rest.lines());
        bundles.stream().filter(b -> b.deletedAt().isEmpty() && !b.createdAt().isAfter(now))
                .forEach(b -> lines.add(new CostLine(CostCategory.AMI_STORAGE, b.location(), "",
                        Money.forStorage(prices.s3Rate(b.region()), b.sizeGiB(), month, prices.hoursPerMonth()))));
        return new CostBreakdown(rest.from(), rest.to(), lines);
    }
}
