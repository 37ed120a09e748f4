package org.amilab.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the playground costs: the price books it was billed with, the settled totals of what EC2
 * no longer lists, and the charges of what it still holds.
 */
final class Billing {

    private final Resources resources;
    private final Instant startedAt;
    private PriceHistory prices;
    private PricedCosts costs;
    private SettledCosts settled;

    Billing(Resources resources, Instant startedAt, PriceHistory prices, SettledCosts settled) {
        this.resources = resources;
        this.startedAt = startedAt;
        this.prices = prices;
        this.costs = new PricedCosts(prices);
        this.settled = settled;
    }

    PriceHistory prices() {
        return prices;
    }

    SettledCosts settled() {
        return settled;
    }

    /**
     * The book in force applies from {@code since}, the simulated instant the playground's clock
     * showed when it came into force (at most now). Every read and the next action compute the same
     * instant from the same stored clock, so what a read shows is what the action writes down.
     */
    void adopt(PriceBook inForce, Instant since, Instant now) {
        if (prices.latest().equals(inForce)) {
            return;
        }
        prices = prices.inForceFrom(since.isAfter(now) ? now : since, inForce);
        costs = new PricedCosts(prices);
    }

    /** Charges over [from, to), for everything the learner ever had, folded or not. */
    CostBreakdown costs(Instant from, Instant to) {
        CostBreakdown live = costs.between(resources.instances.values(), resources.volumes.values(),
                resources.snapshots.values(), resources.bundles.values(), from, to);
        if (settled.isEmpty()) {
            return live;
        }
        List<CostLine> lines = new ArrayList<>(live.lines());
        lines.addAll(settled.lines(from, to));
        return new CostBreakdown(from, to, lines);
    }

    CostSeries costSeries(Instant from, Instant to, int points) {
        CostSeries live = costs.series(resources.instances.values(), resources.volumes.values(),
                resources.snapshots.values(), resources.bundles.values(), from, to, points);
        if (settled.isEmpty()) {
            return live;
        }
        return new CostSeries(live.points().stream().map(point -> {
            Map<CostCategory, Money> spent = new EnumMap<>(CostCategory.class);
            point.spent().forEach((category, money) -> spent.put(category,
                    money.plus(new Money(settled.spentBy(category, point.at()).subtract(settled.spentBy(category, from))))));
            return new CostPoint(point.at(), spent);
        }).toList());
    }

    /** One instance's usage and software, and the volumes it was launched with; empty for one EC2 no longer lists. */
    Optional<CostSeries> costSeries(String instanceId, Instant now, Instant to, int points) {
        return Optional.ofNullable(resources.instances.get(instanceId)).filter(i -> i.visibleAt(now)).map(instance -> {
            List<Volume> its = resources.volumes.values().stream().filter(v -> v.attachedTo(instanceId)).toList();
            Instant launched = instance.launchedAt();
            return costs.series(List.of(instance), its, List.of(), List.of(), launched.isBefore(to) ? launched : to, to,
                    points);
        });
    }

    /** The future, at the book in force now, which {@link #adopt} made the latest. */
    CostBreakdown monthlyProjection(Instant now) {
        return costs.latest().monthlyProjection(resources.instances.values(), resources.volumes.values(),
                resources.snapshots.values(), resources.bundles.values(), now);
    }

    /**
     * Folds what EC2 no longer lists into the settled costs: instances an hour after they
     * terminated, deleted volumes (once their instance is folded too, whose cost chart shows them),
     * deleted snapshots and bundles, and AMIs an hour after they were deregistered once no listed
     * instance was launched from them. The playground then holds only what is listed, however long
     * it is used, and its costs stay what they were.
     */
    void fold(Instant now) {
        List<Instance> goneInstances = resources.instances.values().stream().filter(i -> !i.visibleAt(now)).toList();
        List<Volume> goneVolumes = resources.volumes.values().stream()
                .filter(v -> v.deletedBy(now))
                .filter(v -> v.instanceId().isEmpty() || !resources.instances.containsKey(v.instanceId())
                        || !resources.instances.get(v.instanceId()).visibleAt(now))
                .toList();
        List<Snapshot> goneSnapshots = resources.snapshots.values().stream().filter(s -> s.deletedBy(now)).toList();
        List<ImageBundle> goneBundles = resources.bundles.values().stream().filter(b -> b.deletedBy(now)).toList();
        SettledCosts.Folded folded = new SettledCosts.Folded(goneInstances, goneVolumes, goneSnapshots, goneBundles);
        if (!folded.isEmpty()) {
            settled = settled.plus(folded, costs, startedAt, now);
            goneInstances.forEach(i -> resources.instances.remove(i.id()));
            goneVolumes.forEach(v -> resources.volumes.remove(v.id()));
            goneSnapshots.forEach(s -> resources.snapshots.remove(s.id()));
            goneBundles.forEach(b -> resources.bundles.remove(b.location()));
        }
        resources.importTasks.values().removeIf(task -> task.settled() && !task.listedAt(now));
        // an instance launched from an own AMI keeps it known: a capture of it takes the AMI's OS from there
        resources.images.values().removeIf(image -> image.deregisteredAt()
                .filter(at -> !now.isBefore(at.plus(LifecycleDurations.DEREGISTERED_VISIBLE_FOR))).isPresent()
                && resources.instances.values().stream().noneMatch(instance -> instance.imageId().equals(image.id())));
    }
}
