package org.amilab.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    private void addRunningCharges(List<CostLine> lines, Instance instance, Instant from, Instant to) {
        Money compute = Money.ZERO;
        Money software = Money.ZERO;
        for (StateSegment segment : instance.materialisedAt(to).history()) {
            if (segment.state().isBilled()) {
                long before = billedSecondsUpTo(segment, from);
                long after = billedSecondsUpTo(segment, to);
                compute = compute.plus(charge(prices.hourlyRate(segment.instanceType(), instance.region()), before, after));
                software = software.plus(charge(instance.softwareHourlyUsd(), before, after));
            }
        }
        lines.add(new CostLine(CostCategory.COMPUTE, instance.id(), instance.id(), compute));
        if (instance.softwareHourlyUsd().signum() > 0) {
            lines.add(new CostLine(CostCategory.SOFTWARE, instance.id(), instance.id(), software));
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
