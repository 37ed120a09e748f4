package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.TestCatalog.ACME_MARKETPLACE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostSeriesTest {

    private static final int POINTS = 48;

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;

    @Test
    void theWholePlaygroundsRunningTotalNeverFallsAndEndsAtTheCostSoFar() {
        String web = fixture.running(AL2023_X86, "t3.micro");
        fixture.advance(Duration.ofHours(2));
        playground.stop(ALICE, web).value();
        fixture.advance(Duration.ofDays(1));
        playground.start(ALICE, web).value();
        fixture.running(ACME_MARKETPLACE, "m5.large");
        fixture.advance(Duration.ofHours(3));
        playground.createImage(ALICE, CreateImageRequest.of(web, "web golden")).value();
        fixture.advance(Duration.ofHours(5));
        playground.terminate(ALICE, web).value();
        fixture.advance(Duration.ofHours(7));

        CostSeries series = playground.costSeries(fixture.now(), POINTS);

        assertThat(series.points()).hasSize(POINTS);
        assertThat(series.from()).isEqualTo(playground.startedAt());
        assertThat(series.to()).isEqualTo(fixture.now());
        assertNeverFalls(series);
        assertThat(series.last().spent()).isEqualTo(playground.costsSoFar().byCategory());
        assertThat(series.last().total()).isEqualTo(playground.costsSoFar().total());
        for (CostCategory category : CostCategory.values()) {
            assertThat(series.hasCharges(category)).as(category.name()).isTrue();
        }
    }

    @Test
    void theMomentsAreEvenlySpacedInWholeSeconds() {
        fixture.running(AL2023_X86, "t3.micro");
        fixture.advance(Duration.ofHours(47));
        Instant start = playground.startedAt();
        long seconds = Duration.between(start, fixture.now()).getSeconds();

        List<CostPoint> points = playground.costSeries(fixture.now(), POINTS).points();

        for (int i = 0; i < points.size(); i++) {
            assertThat(points.get(i).at()).isEqualTo(start.plusSeconds(seconds * i / (POINTS - 1)));
        }
    }

    @Test
    void anInstancesSeriesRunsFromItsLaunchAndEndsAtItsOwnCostSoFar() {
        fixture.running(ACME_MARKETPLACE, "m5.large");
        fixture.advance(Duration.ofHours(6));
        Instant launchedAt = fixture.now();
        String web = fixture.running(AL2023_X86, "t3.micro");
        fixture.advance(Duration.ofHours(10));

        CostSeries series = playground.costSeries(web, fixture.now(), POINTS).orElseThrow();

        assertThat(series.from()).isEqualTo(launchedAt);
        assertThat(series.to()).isEqualTo(fixture.now());
        assertNeverFalls(series);
        CostBreakdown soFar = playground.costsSoFar();
        for (CostCategory category : CostCategory.values()) {
            assertThat(series.last().spent(category)).as(category.name()).isEqualTo(soFar.forInstance(web, category));
        }
        assertThat(series.last().total()).isEqualTo(soFar.forInstance(web)).isLessThan(soFar.total());
        assertThat(series.hasCharges(CostCategory.SOFTWARE)).as("the other instance's software").isFalse();
        assertThat(series.hasCharges(CostCategory.AMI_STORAGE)).isFalse();
    }

    @Test
    void aStoppedInstancesComputeLineIsFlatWhileItsVolumeKeepsCosting() {
        String web = fixture.running(AL2023_X86, "t3.micro");
        fixture.advance(Duration.ofHours(1));
        playground.stop(ALICE, web).value();
        Instant stopRequested = fixture.now();
        fixture.advance(Duration.ofDays(3));

        CostSeries series = playground.costSeries(web, fixture.now(), POINTS).orElseThrow();

        List<CostPoint> whileStopped = series.points().stream().filter(p -> !p.at().isBefore(stopRequested)).toList();
        assertThat(whileStopped).hasSizeGreaterThan(POINTS / 2);
        Money compute = playground.costs(fixture.instance(web).launchedAt(), stopRequested)
                .forInstance(web, CostCategory.COMPUTE);
        assertThat(compute).isEqualTo(Money.forSeconds(new java.math.BigDecimal("0.0104"), 3600));
        assertThat(whileStopped).allSatisfy(p -> assertThat(p.spent(CostCategory.COMPUTE)).isEqualTo(compute));
        for (int i = 1; i < whileStopped.size(); i++) {
            assertThat(whileStopped.get(i).spent(CostCategory.EBS))
                    .isGreaterThan(whileStopped.get(i - 1).spent(CostCategory.EBS));
        }
    }

    @Test
    void aSeriesEndsAtTheSimulatedNowAtTheLatestAndMayEndEarlier() {
        fixture.running(AL2023_X86, "t3.micro");
        fixture.advance(Duration.ofHours(4));
        Instant twoHoursAgo = fixture.now().minus(Duration.ofHours(2));

        assertThat(playground.costSeries(fixture.now().plus(Duration.ofDays(30)), POINTS).to()).isEqualTo(fixture.now());
        CostSeries earlier = playground.costSeries(twoHoursAgo, POINTS);
        assertThat(earlier.to()).isEqualTo(twoHoursAgo);
        assertThat(earlier.last().total()).isEqualTo(playground.costs(playground.startedAt(), twoHoursAgo).total());
    }

    @Test
    void aShortPeriodHasAPointPerSecondAndAnEmptyOneASinglePoint() {
        assertThat(playground.costSeries(fixture.now(), POINTS).points()).singleElement()
                .satisfies(point -> assertThat(point.total()).isEqualTo(Money.ZERO));
        fixture.advance(Duration.ofSeconds(10));

        List<CostPoint> points = playground.costSeries(fixture.now(), POINTS).points();

        assertThat(points).extracting(CostPoint::at)
                .containsExactly(java.util.stream.LongStream.rangeClosed(0, 10)
                        .mapToObj(playground.startedAt()::plusSeconds).toArray(Instant[]::new));
    }

    @Test
    void anInstanceEc2NoLongerListsHasNoSeries() {
        String web = fixture.running(AL2023_X86, "t3.micro");
        playground.terminate(ALICE, web).value();
        fixture.advance(LifecycleDurations.SHUTTING_DOWN.plus(Duration.ofMinutes(30)));
        assertThat(playground.costSeries(web, fixture.now(), POINTS)).isPresent();

        fixture.advance(Duration.ofHours(1));

        assertThat(playground.costSeries(web, fixture.now(), POINTS)).isEmpty();
        assertThat(playground.costSeries("i-0123456789abcdef0", fixture.now(), POINTS)).isEmpty();
    }

    private static void assertNeverFalls(CostSeries series) {
        for (int i = 1; i < series.points().size(); i++) {
            CostPoint before = series.points().get(i - 1);
            CostPoint after = series.points().get(i);
            for (CostCategory category : CostCategory.values()) {
                assertThat(after.spent(category)).as(category + " at " + after.at())
                        .isGreaterThanOrEqualTo(before.spent(category));
            }
        }
    }
}
