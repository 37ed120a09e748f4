package org.amilab.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Costs in closed form. Each charge is a cumulative function of time (billed seconds so far), so
 * the cost over [from, to) is its value at {@code to} minus its value at {@code from}: one pass
 * over the segments, however long the period.
 */
public final class CostCalculator {

    /** Each time an instance enters running it pays for at least this long. */
    public static final long MINIMUM_BILLED_SECONDS = 60;

    private final PriceBook prices;

    public CostCalculator(PriceBook prices) {
        this.prices = Require.present(prices, "prices");
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
     * Billed seconds are summed per instance type before they are priced, so that rounding happens
     * once per rate rather than once per running period.
     */
    private void addRunningCharges(List<CostLine> lines, Instance instance, Instant from, Instant to) {
        Map<String, long[]> secondsByType = new LinkedHashMap<>();
        for (StateSegment segment : instance.materialisedAt(to).history()) {
            if (segment.state().isBilled()) {
                long[] seconds = secondsByType.computeIfAbsent(segment.instanceType(), type -> new long[2]);
                seconds[0] += billedSecondsUpTo(segment, from);
                seconds[1] += billedSecondsUpTo(segment, to);
            }
        }
        Money compute = Money.ZERO;
        long before = 0;
        long after = 0;
        for (Map.Entry<String, long[]> entry : secondsByType.entrySet()) {
            long[] seconds = entry.getValue();
            compute = compute.plus(charge(prices.hourlyRate(entry.getKey(), instance.region()), seconds[0], seconds[1]));
            before += seconds[0];
            after += seconds[1];
        }
        lines.add(new CostLine(CostCategory.COMPUTE, instance.id(), instance.id(), compute));
        if (instance.softwareHourlyUsd().signum() > 0) {
            lines.add(new CostLine(CostCategory.SOFTWARE, instance.id(), instance.id(),
                    charge(instance.softwareHourlyUsd(), before, after)));
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
        Instant end = segment.isOpen() || t.isBefore(segment.until()) ? t : segment.until();
        return Math.max(MINIMUM_BILLED_SECONDS, Duration.between(segment.from(), end).getSeconds());
    }

    private Money storage(BigDecimal perGbMonth, int gib, Instant created, Instant deleted,
                          Instant from, Instant to) {
        long before = existedSeconds(created, deleted, from);
        long until = existedSeconds(created, deleted, to);
        int hours = prices.hoursPerMonth();
        return Money.forStorage(perGbMonth, gib, until, hours).minus(Money.forStorage(perGbMonth, gib, before, hours));
    }

    private static long existedSeconds(Instant created, Instant deleted, Instant t) {
        if (!t.isAfter(created)) {
            return 0;
        }
        Instant end = deleted != null && deleted.isBefore(t) ? deleted : t;
        return Math.max(0, Duration.between(created, end).getSeconds());
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
                    Money.forSeconds(prices.hourlyRate(segment.instanceType(), instance.region()), seconds)));
            if (instance.softwareHourlyUsd().signum() > 0) {
                lines.add(new CostLine(CostCategory.SOFTWARE, instance.id(), instance.id(),
                        Money.forSeconds(instance.softwareHourlyUsd(), seconds)));
            }
        }
        volumes.stream().filter(v -> v.deletedAt() == null && !v.createdAt().isAfter(now))
                .forEach(v -> lines.add(new CostLine(CostCategory.EBS, v.id(), v.instanceId(),
                        Money.forStorage(prices.ebsRate(v.volumeType(), v.region()), v.sizeGiB(), month, prices.hoursPerMonth()))));
        snapshots.stream().filter(s -> s.deletedAt() == null && !s.createdAt().isAfter(now))
                .forEach(s -> lines.add(new CostLine(CostCategory.AMI_STORAGE, s.id(), "",
                        Money.forStorage(prices.snapshotRate(s.region()), s.sizeGiB(), month, prices.hoursPerMonth()))));
        return new CostBreakdown(now, now.plusSeconds(month), lines);
    }
}
