package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.TestCatalog.ACME_MARKETPLACE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLogTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;

    @Test
    void actionsAndTheTransitionsTheyCauseAreLoggedInTimeOrder() {
        Instant launchedAt = fixture.now();
        String id = fixture.launch(AL2023_X86, "t3.micro").id();
        fixture.realClock.advance(Duration.ofMinutes(5));
        playground.stop(ALICE, id).value();

        List<PlaygroundEvent> events = playground.events();

        assertThat(events).extracting(event -> event.actor().username(), PlaygroundEvent::type, PlaygroundEvent::targetId,
                PlaygroundEvent::result).containsExactly(
                tuple("alice", EventType.LAUNCH, id, "pending"),
                tuple(Actor.EC2.username(), EventType.STATE_CHANGE, id, "running"),
                tuple("alice", EventType.STOP, id, "stopping"));
        assertThat(events.get(1).simulatedAt()).isEqualTo(launchedAt.plus(LifecycleDurations.EBS_BOOT));
        assertThat(events.get(2).realAt()).isEqualTo(fixture.realClock.instant());
        assertThat(events).isSortedAccordingTo(Comparator.comparing(PlaygroundEvent::simulatedAt));
        assertThat(events).extracting(PlaygroundEvent::sequence).containsExactly(1L, 2L, 3L);
    }

    @Test
    void refusalsAreLoggedWithTheirErrorCode() {
        String id = fixture.launch(AL2023_X86, "t3.micro").id();

        playground.stop(ALICE, id);

        assertThat(playground.events()).last().satisfies(event -> {
            assertThat(event.accepted()).isFalse();
            assertThat(event.result()).isEqualTo(PlaygroundEvent.REFUSED);
            assertThat(event.errorCode()).isEqualTo("IncorrectInstanceState");
            assertThat(event.targetId()).isEqualTo(id);
        });
    }

    @Test
    void catchingUpLogsDueTransitionsWithoutAnAction() {
        String id = fixture.launch(AL2023_X86, "t3.micro").id();
        fixture.realClock.advance(Duration.ofMinutes(1));

        assertThat(playground.events()).hasSize(1);
        playground.catchUp();
        playground.catchUp();

        assertThat(playground.events()).extracting(PlaygroundEvent::targetId, PlaygroundEvent::result)
                .containsExactly(tuple(id, "pending"), tuple(id, "running"));
    }

    @Test
    void catchingUpWithNothingDueLeavesThePlaygroundExactlyAsItWas() {
        fixture.launch(AL2023_X86, "t3.micro");
        PlaygroundState untouched = playground.state();

        playground.catchUp();
        assertThat(playground.state()).as("still pending").isEqualTo(untouched);

        fixture.realClock.advance(LifecycleDurations.EBS_BOOT);
        playground.catchUp();
        assertThat(playground.state()).as("boot over").isNotEqualTo(untouched);
        assertThat(playground.events()).hasSize(2);
    }

    @Test
    void terminationLogsWhatHappensToEachVolume() {
        String id = fixture.running(ACME_MARKETPLACE, "t3.micro");
        playground.terminate(ALICE, id).value();
        fixture.advance(LifecycleDurations.SHUTTING_DOWN);

        assertThat(playground.events()).filteredOn(e -> e.targetId().startsWith("vol-"))
                .extracting(PlaygroundEvent::result).containsExactlyInAnyOrder("deleted", "available");
    }

    @Test
    void clockChangesAreLoggedToo() {
        playground.setSpeed(ALICE, 60).value();
        playground.pause(ALICE).value();
        playground.resume(ALICE).value();
        playground.advanceClock(ALICE, Duration.ofDays(1)).value();

        assertThat(playground.events()).extracting(PlaygroundEvent::type).containsExactly(
                EventType.SET_SPEED, EventType.PAUSE, EventType.RESUME, EventType.ADVANCE_CLOCK);
        assertThat(playground.events()).extracting(PlaygroundEvent::targetId).containsOnly("clock");
    }

    @Test
    void linesCarryTheirFactsAsFields() {
        Instant launchedAt = fixture.now();
        String web = fixture.running(AL2023_X86, "t3.micro");
        playground.stop(ALICE, web).value();
        Instant stoppedAt = fixture.now();
        fixture.advance(LifecycleDurations.STOPPING);
        playground.modifyInstanceType(ALICE, web, "t3.medium").value();
        playground.stop(ALICE, "i-0123456789abcdef0");

        List<EventDetail> details = playground.events().stream().map(PlaygroundEvent::detail).toList();

        assertThat(details).contains(
                new EventDetail.InstanceLaunched(web, AL2023_X86.id(), "t3.micro", AL2023_X86.region(), RootDeviceType.EBS, 8),
                new EventDetail.InstanceStateChanged(EventType.STATE_CHANGE, web, InstanceState.PENDING,
                        InstanceState.RUNNING, StateReason.NONE),
                new EventDetail.InstanceStateChanged(EventType.STOP, web, InstanceState.RUNNING, InstanceState.STOPPING,
                        StateReason.userInitiated(stoppedAt)),
                new EventDetail.InstanceStateChanged(EventType.STATE_CHANGE, web, InstanceState.STOPPING,
                        InstanceState.STOPPED, StateReason.userInitiated(stoppedAt)),
                new EventDetail.InstanceTypeChanged(web, "t3.micro", "t3.medium"),
                new EventDetail.ClockAdvanced(LifecycleDurations.STOPPING));
        assertThat(details.get(details.size() - 1)).isInstanceOfSatisfying(EventDetail.ActionRefused.class, refused -> {
            assertThat(refused.action()).isEqualTo(EventType.STOP);
            assertThat(refused.code()).isEqualTo("InvalidInstanceID.NotFound");
            assertThat(refused.message()).contains("i-0123456789abcdef0");
        });
        assertThat(playground.events().get(0).simulatedAt()).isEqualTo(launchedAt);
    }
}
