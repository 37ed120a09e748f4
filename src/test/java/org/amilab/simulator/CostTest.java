package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.TestCatalog.ACME_MARKETPLACE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.amilab.simulator.TestCatalog.AL2023_X86_EU_WEST_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CostTest {

    private static final BigDecimal T3_MICRO = new BigDecimal("0.0104");
    private static final BigDecimal M5_LARGE = new BigDecimal("0.096");

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;

    @Test
    void handComputedExampleT3MicroRunning90MinutesThenStopped30Days() {
        Instant launchedAt = fixture.now();
        String id = fixture.running(AL2023_X86, "t3.micro");
        fixture.advance(Duration.ofMinutes(90));
        playground.stop(ALICE, id).value();
        fixture.advance(Duration.ofDays(30));

        CostBreakdown cost = playground.costs(launchedAt, fixture.now());

        // Timeline (seconds from launch): pending 0-40, running 40-5,440, stopping 5,440-5,470, then stopped
        // until 5,440 + 30 days = 5,440 + 2,592,000 = 2,597,440.
        // Compute: 5,400 s running x $0.0104/h / 3,600 s/h = $0.0156 (pending and stopping are free).
        // EBS: the 8 GiB gp3 root exists the whole 2,597,440 s; a month is 730 h = 2,628,000 s, so
        //      8 GiB x $0.08 x 2,597,440 / 2,628,000 = $0.632557686453... -> 0.6325576865 at ten places.
        // Total: 0.0156 + 0.6325576865 = 0.6481576865 (about $0.65).
        assertThat(cost.total(CostCategory.COMPUTE)).isEqualTo(Money.of("0.0156"));
        assertThat(cost.total(CostCategory.EBS)).isEqualTo(Money.of("0.6325576865"));
        assertThat(cost.total()).isEqualTo(Money.of("0.6481576865"));
        assertThat(cost.total().toDisplayString()).isEqualTo("$0.65");
        assertThat(cost.total(CostCategory.AMI_STORAGE)).isEqualTo(Money.ZERO);
    }

    @Test
    void everyEntryIntoRunningPaysAtLeastAMinute() {
        String id = fixture.running(AL2023_X86, "t3.micro");
        Instant firstRun = fixture.now();
        fixture.advance(Duration.ofSeconds(10));
        playground.stop(ALICE, id).value();
        fixture.advance(LifecycleDurations.STOPPING);
        playground.start(ALICE, id).value();
        fixture.advance(LifecycleDurations.EBS_BOOT.plusSeconds(10));
        playground.stop(ALICE, id).value();

        Money compute = playground.costs(firstRun, fixture.now().plus(Duration.ofHours(1))).total(CostCategory.COMPUTE);

        // two running periods of 10 s each, billed as 60 s each
        assertThat(compute).isEqualTo(Money.forSeconds(T3_MICRO, 120));
        assertThat(compute).isEqualTo(Money.of("0.0003466667"));
    }

    @Test
    void theMinuteIsDueAsSoonAsTheInstanceEntersRunning() {
        fixture.running(AL2023_X86, "t3.micro");
        Instant runningSince = fixture.now();

        assertThat(playground.costs(runningSince, runningSince.plusSeconds(1)).total(CostCategory.COMPUTE))
                .isEqualTo(Money.forSeconds(T3_MICRO, 60));
        assertThat(playground.costs(runningSince.plusSeconds(1), runningSince.plusSeconds(61)).total(CostCategory.COMPUTE))
                .isEqualTo(Money.forSeconds(T3_MICRO, 1));
    }

    @Test
    void aRebootStartsNoNewBillingPeriod() {
        String id = fixture.running(AL2023_X86, "t3.micro");
        Instant runningSince = fixture.now();
        fixture.advance(Duration.ofSeconds(10));
        playground.reboot(ALICE, id).value();
        fixture.advance(Duration.ofSeconds(10));
        playground.stop(ALICE, id).value();

        assertThat(playground.costs(runningSince, fixture.now().plusSeconds(600)).total(CostCategory.COMPUTE))
                .isEqualTo(Money.forSeconds(T3_MICRO, 60));
    }

    @Test
    void pendingStoppingStoppedAndShuttingDownAreNotBilledButVolumesAre() {
        Instant launchedAt = fixture.now();
        String id = fixture.launch(AL2023_X86, "t3.micro").id();
        fixture.advance(LifecycleDurations.EBS_BOOT);
        assertThat(playground.costs(launchedAt, fixture.now()).forInstance(id, CostCategory.COMPUTE)).isEqualTo(Money.ZERO);

        fixture.advance(Duration.ofHours(1));
        playground.stop(ALICE, id).value();
        Instant stopRequested = fixture.now();
        fixture.advance(Duration.ofDays(2));
        playground.terminate(ALICE, id).value();
        fixture.advance(Duration.ofHours(1));

        CostBreakdown afterRunning = playground.costs(stopRequested, fixture.now());
        assertThat(afterRunning.forInstance(id, CostCategory.COMPUTE)).isEqualTo(Money.ZERO);
        assertThat(afterRunning.forInstance(id, CostCategory.EBS)).isGreaterThan(Money.ZERO);
    }

    @Test
    void marketplaceSoftwareIsBilledPerStartedHourNextToComputePerSecond() {
        Instant launchedAt = fixture.now();
        String id = fixture.running(ACME_MARKETPLACE, "t3.micro");
        fixture.advance(Duration.ofHours(1));
        playground.stop(ALICE, id).value();
        fixture.advance(Duration.ofHours(5));

        CostBreakdown cost = playground.costs(launchedAt, fixture.now());

        assertThat(cost.forInstance(id, CostCategory.SOFTWARE)).isEqualTo(Money.of("0.020"));
        assertThat(cost.forInstance(id, CostCategory.COMPUTE)).isEqualTo(Money.of("0.0104"));
        assertThat(cost.byCategory().values().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(cost.total());
    }

    @Test
    void everyHourBegunCountsWholeForSoftwareEachTimeTheInstanceRuns() {
        Instant launchedAt = fixture.now();
        String id = fixture.running(ACME_MARKETPLACE, "t3.micro");
        fixture.advance(Duration.ofMinutes(61));
        playground.stop(ALICE, id).value();
        fixture.advance(Duration.ofMinutes(5));
        playground.start(ALICE, id).value();
        fixture.advance(Duration.ofMinutes(2));

        CostBreakdown cost = playground.costs(launchedAt, fixture.now());

        assertThat(cost.forInstance(id, CostCategory.SOFTWARE)).as("2 hours, then 1 more for the second run")
                .isEqualTo(Money.of("0.060"));
        assertThat(cost.forInstance(id, CostCategory.COMPUTE)).as("by the second")
                .isLessThan(Money.of("0.0104").plus(Money.of("0.0104")));
    }

    @Test
    void otherRegionsApplyTheirMultiplier() {
        Instant launchedAt = fixture.now();
        String id = fixture.running(AL2023_X86_EU_WEST_1, "t3.micro");
        fixture.advance(Duration.ofHours(1));
        playground.stop(ALICE, id).value();

        // 0.0104 x 1.115 = 0.011596 per hour in eu-west-1
        assertThat(playground.costs(launchedAt, fixture.now()).total(CostCategory.COMPUTE)).isEqualTo(Money.of("0.011596"));
    }

    @Test
    void eachRunningPeriodIsBilledAtTheTypeItHadThen() {
        Instant launchedAt = fixture.now();
        String id = fixture.running(AL2023_X86, "t3.micro");
        fixture.advance(Duration.ofHours(1));
        playground.stop(ALICE, id).value();
        fixture.advance(LifecycleDurations.STOPPING);
        playground.modifyInstanceType(ALICE, id, "m5.large").value();
        playground.start(ALICE, id).value();
        fixture.advance(LifecycleDurations.EBS_BOOT.plus(Duration.ofHours(1)));
        playground.stop(ALICE, id).value();

        assertThat(playground.costs(launchedAt, fixture.now()).total(CostCategory.COMPUTE))
                .isEqualTo(Money.of("0.0104").plus(Money.of("0.096")));
        assertThat(Money.forSeconds(T3_MICRO, 3600).plus(Money.forSeconds(M5_LARGE, 3600))).isEqualTo(Money.of("0.1064"));
    }

    @Test
    void costsAreBrokenDownPerInstanceAndAddUpToTheLearnersTotal() {
        Instant start = fixture.now();
        String small = fixture.running(AL2023_X86, "t3.micro");
        String large = fixture.running(AL2023_X86, "m5.large");
        fixture.advance(Duration.ofHours(3));

        CostBreakdown cost = playground.costs(start, fixture.now());

        assertThat(cost.byInstance()).containsOnlyKeys(small, large);
        assertThat(cost.forInstance(large)).isGreaterThan(cost.forInstance(small));
        assertThat(cost.forInstance(small).plus(cost.forInstance(large))).isEqualTo(cost.total());
        assertThat(playground.costsSoFar().total()).isEqualTo(cost.total());
    }

    @Test
    void ownAmisCostSnapshotStorageEvenAfterDeregistrationUntilTheSnapshotIsDeleted() {
        String id = fixture.stopped(AL2023_X86, "t3.micro");
        Ami ami = playground.createImage(ALICE, CreateImageRequest.of(id, "golden")).value();
        Instant created = fixture.now();
        fixture.advance(Duration.ofDays(30));
        playground.deregisterImage(ALICE, ami.id()).value();
        fixture.advance(Duration.ofDays(30));
        Snapshot snapshot = playground.snapshots().get(0);
        playground.deleteSnapshot(ALICE, snapshot.id()).value();
        Instant deleted = fixture.now();
        fixture.advance(Duration.ofDays(30));

        CostBreakdown cost = playground.costs(created, fixture.now());

        // 8 GiB x $0.05 per GiB-month for 60 days (1,440 h) of a 730 h month
        assertThat(cost.total(CostCategory.AMI_STORAGE)).isEqualTo(Money.forStorage(new BigDecimal("0.05"), 8, 60 * 86_400, 730));
        assertThat(cost.total(CostCategory.AMI_STORAGE)).isEqualTo(Money.of("0.7890410959"));
        assertThat(playground.costs(deleted, fixture.now()).total(CostCategory.AMI_STORAGE)).isEqualTo(Money.ZERO);
    }

    @Test
    void catalogAmisAreNotChargedToTheLearner() {
        Instant start = fixture.now();
        fixture.running(AL2023_X86, "t3.micro");
        fixture.advance(Duration.ofDays(3));

        assertThat(playground.costs(start, fixture.now()).lines()).noneMatch(l -> l.category() == CostCategory.AMI_STORAGE);
    }

    @Test
    void theMonthlyProjectionAssumesEverythingStaysAsItIsNow() {
        String id = fixture.launch(AL2023_X86, "t3.micro").id();

        // pending counts as the running it is about to be: 730 h x $0.0104 = $7.592; root: 8 GiB x $0.08 = $0.64
        CostBreakdown booting = playground.monthlyProjection();
        assertThat(booting.total(CostCategory.COMPUTE)).isEqualTo(Money.of("7.592"));
        assertThat(booting.total(CostCategory.EBS)).isEqualTo(Money.of("0.64"));
        assertThat(Duration.between(booting.from(), booting.to())).isEqualTo(Duration.ofHours(730));

        fixture.advance(LifecycleDurations.EBS_BOOT);
        playground.stop(ALICE, id).value();
        assertThat(playground.monthlyProjection().total()).isEqualTo(Money.of("0.64"));

        playground.terminate(ALICE, id).value();
        assertThat(playground.monthlyProjection().total()).isEqualTo(Money.ZERO);
    }
}
