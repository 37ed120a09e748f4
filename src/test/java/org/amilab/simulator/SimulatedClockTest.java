package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatedClockTest {

    private static final Instant REAL = Instant.parse("2025-11-26T09:00:00Z");
    private static final Instant SIM = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void simulatedTimeIsTheAnchorPlusRealElapsedTimesSpeed() {
        SimulatedClock clock = new SimulatedClock(REAL, SIM, 60, false);

        assertThat(clock.simulatedNow(REAL.plusSeconds(10))).isEqualTo(SIM.plus(Duration.ofMinutes(10)));
    }

    @Test
    void aPausedClockStandsStill() {
        SimulatedClock clock = new SimulatedClock(REAL, SIM, 60, false).pausedAt(REAL.plusSeconds(10));

        assertThat(clock.simulatedNow(REAL.plusSeconds(1000))).isEqualTo(SIM.plus(Duration.ofMinutes(10)));
        SimulatedClock resumed = clock.resumedAt(REAL.plusSeconds(1000));
        assertThat(resumed.simulatedNow(REAL.plusSeconds(1001))).isEqualTo(SIM.plus(Duration.ofMinutes(11)));
    }

    @Test
    void changingSpeedReanchorsSoThatTimeAlreadyPassedStays() {
        SimulatedClock clock = new SimulatedClock(REAL, SIM, 1, false).withSpeed(3600, REAL.plusSeconds(30));

        assertThat(clock.realAnchor()).isEqualTo(REAL.plusSeconds(30));
        assertThat(clock.simAnchor()).isEqualTo(SIM.plusSeconds(30));
        assertThat(clock.simulatedNow(REAL.plusSeconds(31))).isEqualTo(SIM.plusSeconds(30).plus(Duration.ofHours(1)));
    }

    @Test
    void advancingJumpsAheadWithoutChangingSpeed() {
        SimulatedClock clock = new SimulatedClock(REAL, SIM, 10, false).advancedBy(Duration.ofDays(30), REAL.plusSeconds(1));

        assertThat(clock.simulatedNow(REAL.plusSeconds(1))).isEqualTo(SIM.plusSeconds(10).plus(Duration.ofDays(30)));
        assertThat(clock.speed()).isEqualTo(10);
    }

    @Test
    void aRealClockThatStepsBackHoldsSimulatedTimeStill() {
        SimulatedClock clock = new SimulatedClock(REAL, SIM, 100, false);

        assertThat(clock.simulatedNow(REAL.minusSeconds(5))).isEqualTo(SIM);
    }

    @Test
    void theRealInstantOfASimulatedOneIsWhenTheClockShowedIt() {
        SimulatedClock clock = new SimulatedClock(REAL, SIM, 60, false);

        assertThat(clock.realInstantOf(SIM.plus(Duration.ofMinutes(10)))).isEqualTo(REAL.plusSeconds(10));
        assertThat(clock.simulatedNow(clock.realInstantOf(SIM.plusSeconds(7_201)))).isEqualTo(SIM.plusSeconds(7_201));
        assertThat(clock.realInstantOf(SIM.minusSeconds(30))).as("jumped over").isEqualTo(REAL);
        assertThat(clock.pausedAt(REAL.plusSeconds(5)).realInstantOf(SIM.plusSeconds(300)))
                .as("paused: the moment it paused").isEqualTo(REAL.plusSeconds(5));
        SimulatedClock fast = new SimulatedClock(REAL, SIM, SimulatedClock.MAX_SPEED, false);
        Instant thousandYearsOn = SIM.plus(Duration.ofDays(365_250));
        assertThat(fast.simulatedNow(fast.realInstantOf(thousandYearsOn))).as("no overflow after 292 years")
                .isEqualTo(thousandYearsOn);
    }

    @Test
    void simulatedInstantsAreWholeSeconds() {
        SimulatedClock clock = new SimulatedClock(REAL, SIM, 1, false);

        assertThat(clock.simulatedNow(REAL.plusMillis(1500))).isEqualTo(SIM.plusSeconds(1));
    }

    @Test
    void thePlaygroundReadsRealTimeFromTheInjectedClock() {
        PlaygroundFixture fixture = new PlaygroundFixture();
        Instant start = fixture.now();
        fixture.playground.setSpeed(ALICE, 3600).value();

        fixture.realClock.advance(Duration.ofSeconds(24));

        assertThat(fixture.now()).isEqualTo(start.plus(Duration.ofDays(1)));
    }

    @Test
    void transitionsHappenAsRealTimePassesWithoutAnyAction() {
        PlaygroundFixture fixture = new PlaygroundFixture();
        String id = fixture.launch(TestCatalog.AL2023_X86, "t3.micro").id();

        fixture.realClock.advance(LifecycleDurations.EBS_BOOT);

        assertThat(fixture.state(id)).isEqualTo(InstanceState.RUNNING);
    }

    @Test
    void pausingStopsEverything() {
        PlaygroundFixture fixture = new PlaygroundFixture();
        String id = fixture.launch(TestCatalog.AL2023_X86, "t3.micro").id();
        fixture.playground.pause(ALICE).value();

        fixture.realClock.advance(Duration.ofHours(1));
        assertThat(fixture.state(id)).isEqualTo(InstanceState.PENDING);

        fixture.playground.resume(ALICE).value();
        fixture.realClock.advance(LifecycleDurations.EBS_BOOT);
        assertThat(fixture.state(id)).isEqualTo(InstanceState.RUNNING);
    }

    @Test
    void speedAndStepAreChecked() {
        Playground playground = new PlaygroundFixture().playground;

        assertRefused(playground.setSpeed(ALICE, 0), Refusal.SPEED_OUT_OF_RANGE, "0");
        assertRefused(playground.setSpeed(ALICE, 3601), Refusal.SPEED_OUT_OF_RANGE, "3601");
        assertRefused(playground.advanceClock(ALICE, Duration.ofHours(-1)), Refusal.ADVANCE_NOT_POSITIVE);
        assertRefused(playground.advanceClock(ALICE, Duration.ZERO), Refusal.ADVANCE_NOT_POSITIVE);
        assertThat(playground.setSpeed(ALICE, 3600).value().speed()).isEqualTo(3600);
    }
}
