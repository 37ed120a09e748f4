package org.amilab.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CostProperties {

    @Provide
    Arbitrary<List<ActionSequences.Step>> sessions() {
        return ActionSequences.sessions();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void totalCostNeverDecreasesAsTimePasses(@ForAll("sessions") List<ActionSequences.Step> session) {
        PlaygroundFixture fixture = new PlaygroundFixture();
        Money previous = Money.ZERO;
        for (ActionSequences.Step step : session) {
            step.accept(fixture);
            Money total = fixture.playground.costsSoFar().total();
            assertThat(total).isGreaterThanOrEqualTo(previous);
            previous = total;
        }
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void aStoppedInstanceCostsOnlyItsStorage(@ForAll("sessions") List<ActionSequences.Step> session) {
        PlaygroundFixture fixture = LifecycleProperties.play(session);
        Instant now = fixture.now();

        for (Instance instance : fixture.playground.state().instances()) {
            for (StateSegment segment : instance.materialisedAt(now).history()) {
                if (segment.state() != InstanceState.STOPPED) {
                    continue;
                }
                Instant end = segment.until().orElse(now);
                CostBreakdown whileStopped = fixture.playground.costs(segment.from(), end);
                assertThat(whileStopped.forInstance(instance.id(), CostCategory.COMPUTE)).isEqualTo(Money.ZERO);
                assertThat(whileStopped.forInstance(instance.id(), CostCategory.SOFTWARE)).isEqualTo(Money.ZERO);
                if (end.isAfter(segment.from())) {
                    assertThat(whileStopped.forInstance(instance.id(), CostCategory.EBS)).isGreaterThan(Money.ZERO);
                }
            }
        }
    }

    /** Random sessions rarely get as far as a bundle, so each one here starts by making one. */
    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void anInstanceStoreAmiIsStoredAtTheS3RateForEverySecondItsBundleExists(
            @ForAll("sessions") List<ActionSequences.Step> session) {
        List<ActionSequences.Step> steps = new ArrayList<>(List.of(new ActionSequences.LaunchInstanceStore(0, 8),
                new ActionSequences.Advance(LifecycleDurations.INSTANCE_STORE_BOOT.getSeconds()),
                new ActionSequences.Bundle(0, 0)));
        steps.addAll(session);
        steps.add(new ActionSequences.Advance(Duration.ofDays(1).getSeconds()));
        LifecycleProperties.Played played = LifecycleProperties.playKeepingEverything(steps);
        PlaygroundFixture fixture = played.fixture();
        Instant now = fixture.now();
        List<ImageBundle> bundles = List.copyOf(played.bundles().values());
        assertThat(bundles).isNotEmpty();
        // the bundles deleted a while ago are folded: their costs are settled, so the rules are checked on all of them
        CostBreakdown cost = played.unfoldedCosts(fixture.playground.startedAt(), now);

        for (ImageBundle bundle : bundles) {
            Instant end = bundle.deletedAt().orElse(now);
            long seconds = Duration.between(bundle.createdAt(), end).getSeconds();
            assertThat(cost.forResource(bundle.location())).as(bundle.location()).isEqualTo(Money.forStorage(
                    TestCatalog.PRICES.s3Rate(bundle.region()), bundle.sizeGiB(), seconds, 730));
            assertThat(cost.lines()).filteredOn(line -> line.resourceId().equals(bundle.location()))
                    .extracting(CostLine::category).containsOnly(CostCategory.AMI_STORAGE);
        }
        Money snapshots = played.snapshots().values().stream().map(s -> cost.forResource(s.id()))
                .reduce(Money.ZERO, Money::plus);
        Money inS3 = bundles.stream().map(b -> cost.forResource(b.location())).reduce(Money.ZERO, Money::plus);
        assertThat(cost.total(CostCategory.AMI_STORAGE)).isEqualTo(snapshots.plus(inS3));
        assertThat(fixture.playground.costs(fixture.playground.startedAt(), now).total(CostCategory.AMI_STORAGE))
                .as("folded or not").isEqualTo(snapshots.plus(inS3));
    }

    /** What EC2 no longer lists is folded into settled costs, which must be exactly what it had cost. */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void foldingChangesNoCostSoFar(@ForAll("sessions") List<ActionSequences.Step> session) {
        List<ActionSequences.Step> steps = new ArrayList<>(session);
        steps.add(new ActionSequences.Advance(Duration.ofHours(2).getSeconds()));
        LifecycleProperties.Played played = LifecycleProperties.playKeepingEverything(steps);
        Playground playground = played.fixture().playground;
        Instant now = playground.now();

        CostBreakdown unfolded = played.unfoldedCosts(playground.startedAt(), now);

        assertThat(playground.costsSoFar().byCategory()).isEqualTo(unfolded.byCategory());
        assertThat(playground.costSeries(now, 48).last().spent()).isEqualTo(unfolded.byCategory());
        assertThat(playground.state().instances()).as("only what EC2 lists is kept")
                .allMatch(instance -> instance.visibleAt(now));
    }

    /** A new book with the same prices splits every charge at the change, and the parts add up to the same. */
    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void aNewBookWithTheSamePricesChargesTheSame(@ForAll("sessions") List<ActionSequences.Step> session,
                                                 @ForAll @IntRange(min = 0, max = 100) int changeAtPercent) {
        PriceBook relabelled = TestCatalog.edited(TestCatalog.PRICES, "2026-12", java.util.Map.of());
        int change = session.size() * changeAtPercent / 100;
        PlaygroundFixture unchanged = LifecycleProperties.play(session);
        PlaygroundFixture beforeTheChange = LifecycleProperties.play(session.subList(0, change));
        Instant changedAt = beforeTheChange.now();
        PlaygroundFixture changing = beforeTheChange.repricedNow(relabelled);
        session.subList(change, session.size()).forEach(step -> step.accept(changing));
        Playground repriced = changing.playground;
        Instant now = repriced.now();

        // a book that comes in before the simulated clock has moved replaces the first one
        assertThat(repriced.state().prices().epochs()).containsExactlyElementsOf(changedAt.equals(repriced.startedAt())
                ? List.of(new PriceHistory.Epoch(changedAt, relabelled))
                : List.of(new PriceHistory.Epoch(repriced.startedAt(), TestCatalog.PRICES),
                        new PriceHistory.Epoch(changedAt, relabelled)));
        assertThat(repriced.costsSoFar().byCategory()).isEqualTo(unchanged.playground.costsSoFar().byCategory());
        assertThat(repriced.costSeries(now, 24).last().spent())
                .isEqualTo(unchanged.playground.costSeries(now, 24).last().spent());
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void splittingAPeriodNeverChangesItsCost(@ForAll("sessions") List<ActionSequences.Step> session,
                                             @ForAll @IntRange(min = 0, max = 1000) int splitPerMille) {
        PlaygroundFixture fixture = LifecycleProperties.play(session);
        Instant start = fixture.playground.startedAt();
        Instant end = fixture.now().plus(Duration.ofDays(1));
        Instant split = start.plusSeconds(Duration.between(start, end).getSeconds() * splitPerMille / 1000);

        Money whole = fixture.playground.costs(start, end).total();
        Money parts = fixture.playground.costs(start, split).total().plus(fixture.playground.costs(split, end).total());

        assertThat(parts).isEqualTo(whole);
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void costSeriesNeverFallAndEndAtTheCostSoFar(@ForAll("sessions") List<ActionSequences.Step> session,
                                                 @ForAll @IntRange(min = 2, max = 60) int points) {
        Playground playground = LifecycleProperties.play(session).playground;
        Instant now = playground.now();
        CostBreakdown soFar = playground.costsSoFar();

        CostSeries whole = playground.costSeries(now, points);
        assertRunningTotals(whole, points);
        assertThat(whole.last().spent()).isEqualTo(soFar.byCategory());
        for (Instance instance : playground.instances()) {
            CostSeries its = playground.costSeries(instance.id(), now, points).orElseThrow();
            assertRunningTotals(its, points);
            for (CostCategory category : CostCategory.values()) {
                assertThat(its.last().spent(category)).isEqualTo(soFar.forInstance(instance.id(), category));
            }
        }
    }

    private static void assertRunningTotals(CostSeries series, int points) {
        assertThat(series.points()).hasSizeLessThanOrEqualTo(points);
        for (int i = 1; i < series.points().size(); i++) {
            for (CostCategory category : CostCategory.values()) {
                assertThat(series.points().get(i).spent(category))
                        .isGreaterThanOrEqualTo(series.points().get(i - 1).spent(category));
            }
        }
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void categoriesAndInstancesAddUpToTheTotal(@ForAll("sessions") List<ActionSequences.Step> session) {
        CostBreakdown cost = LifecycleProperties.play(session).playground.costsSoFar();

        Money byCategory = cost.byCategory().values().stream().reduce(Money.ZERO, Money::plus);
        Money unattributed = cost.lines().stream().filter(l -> l.instanceId().isEmpty()).map(CostLine::amount)
                .reduce(Money.ZERO, Money::plus);
        Money byInstance = cost.byInstance().values().stream().reduce(Money.ZERO, Money::plus);

        assertThat(byCategory).isEqualTo(cost.total());
        assertThat(byInstance.plus(unattributed)).isEqualTo(cost.total());
        assertThat(cost.lines()).allMatch(l -> l.amount().compareTo(Money.ZERO) >= 0);
    }
}
