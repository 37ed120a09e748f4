package org.amilab.playground;

import static org.amilab.SignedInAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.EventType;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.LifecycleDurations;
import org.amilab.simulator.MutableClock;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.TestCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stops the application after an action and starts it again on the same database file. */
class PlaygroundRestartTest {

    private static final String LEARNER = "pg-restart";

    @TempDir
    Path dataDir;

    private final MutableClock realClock = new MutableClock(Instant.parse("2025-11-26T09:00:00Z"));

    @Test
    void aCommittedActionAndTheSimulatedTimeSurviveARestart() {
        PlaygroundView before;
        List<PlaygroundEvent> logBefore;
        try (var app = PlaygroundOnlyConfiguration.start(dataDir, realClock)) {
            PlaygroundOnlyConfiguration.addAccount(app, LEARNER);
            PlaygroundService service = app.getBean(PlaygroundService.class);
            before = as(LEARNER, () -> {
                service.execute(new PlaygroundCommand.SetClockSpeed(60));
                service.execute(new PlaygroundCommand.RunInstances(LaunchRequest.of(TestCatalog.US_EAST_1, TestCatalog.AL2023_X86.id(), "t3.micro")));
                return service.view();
            });
            logBefore = as(LEARNER, service::events);
        }
        assertThat(dataDir.resolve("amilab.mv.db")).as("the test's own database file").exists();
        realClock.advance(Duration.ofSeconds(10));

        try (var app = PlaygroundOnlyConfiguration.start(dataDir, realClock)) {
            PlaygroundService service = app.getBean(PlaygroundService.class);
            PlaygroundView after = as(LEARNER, service::view);

            assertThat(after.simulatedNow()).as("ten real seconds at 60x").isEqualTo(before.simulatedNow().plusSeconds(600));
            assertThat(after.clock()).isEqualTo(before.clock());
            assertThat(after.accountId()).isEqualTo(before.accountId());
            assertThat(after.instances()).extracting(i -> i.id()).isEqualTo(before.instances().stream().map(i -> i.id()).toList());
            assertThat(after.instances().get(0).stateAt(after.simulatedNow())).isEqualTo(InstanceState.RUNNING);
            assertThat(after.costsSoFar().total()).isGreaterThan(before.costsSoFar().total());
            List<PlaygroundEvent> logAfter = as(LEARNER, service::events);
            assertThat(logAfter.subList(0, logBefore.size())).isEqualTo(logBefore).hasSize(2);
            assertThat(logAfter.subList(logBefore.size(), logAfter.size())).as("written down by the view, when it was due")
                    .extracting(PlaygroundEvent::type, PlaygroundEvent::result, PlaygroundEvent::simulatedAt)
                    .containsExactly(tuple(EventType.STATE_CHANGE, "running",
                            logBefore.get(1).simulatedAt().plus(LifecycleDurations.EBS_BOOT)));
        }
    }
}
