package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.Refusals.assertRefused;
import static org.amilab.simulator.TestCatalog.ACME_MARKETPLACE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VolumesTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;

    private Volume volumeOn(String device) {
        return playground.state().volumes().stream().filter(v -> v.deviceName().equals(device)).findFirst().orElseThrow();
    }

    @Test
    void terminationDeletesTheRootAndDetachesAVolumeThatIsKept() {
        String id = fixture.running(ACME_MARKETPLACE, "t3.micro");
        playground.terminate(ALICE, id).value();
        Instant terminatedAt = fixture.now().plus(LifecycleDurations.SHUTTING_DOWN);

        assertThat(volumeOn("/dev/xvda").stateAt(fixture.now())).isEqualTo(VolumeState.IN_USE);
        fixture.advance(LifecycleDurations.SHUTTING_DOWN);

        assertThat(volumeOn("/dev/xvda").deletedAt()).contains(terminatedAt);
        assertThat(volumeOn("/dev/sdf").stateAt(fixture.now())).isEqualTo(VolumeState.AVAILABLE);
        assertThat(playground.volumes()).extracting(Volume::deviceName).containsExactly("/dev/sdf");
    }

    @Test
    void anAvailableVolumeKeepsCostingAfterItsInstanceIsGone() {
        String id = fixture.running(ACME_MARKETPLACE, "t3.micro");
        playground.terminate(ALICE, id).value();
        fixture.advance(LifecycleDurations.SHUTTING_DOWN);
        String kept = volumeOn("/dev/sdf").id();
        String root = volumeOn("/dev/xvda").id();
        Instant from = fixture.now();

        fixture.advance(Duration.ofDays(10));

        assertThat(playground.costs(from, fixture.now()).forResource(kept)).isGreaterThan(Money.ZERO);
        assertThat(playground.costs(from, fixture.now()).forResource(root)).isEqualTo(Money.ZERO);
        assertThat(playground.costs(from, fixture.now()).total()).as("the deleted root costs nothing after its deletion")
                .isEqualTo(playground.costs(from, fixture.now()).forResource(kept));
    }

    @Test
    void aVolumeInUseCannotBeDeleted() {
        String id = fixture.running(AL2023_X86, "t3.micro");
        Volume root = volumeOn("/dev/xvda");

        Ec2Error error = assertRefused(playground.deleteVolume(ALICE, root.id()), Refusal.VOLUME_IN_USE, root.id(), id);

        assertThat(error.code()).isEqualTo("VolumeInUse");
        assertThat(playground.volume(root.id())).isPresent();
    }

    @Test
    void aVolumeOfAShuttingDownInstanceIsStillInUse() {
        String id = fixture.running(ACME_MARKETPLACE, "t3.micro");
        playground.terminate(ALICE, id).value();

        assertRefused(playground.deleteVolume(ALICE, volumeOn("/dev/sdf").id()), Refusal.VOLUME_IN_USE);
    }

    @Test
    void anAvailableVolumeCanBeDeletedAndStopsCosting() {
        String id = fixture.running(ACME_MARKETPLACE, "t3.micro");
        playground.terminate(ALICE, id).value();
        fixture.advance(LifecycleDurations.SHUTTING_DOWN);
        String kept = volumeOn("/dev/sdf").id();

        Volume deleted = playground.deleteVolume(ALICE, kept).value();
        Instant after = fixture.now();
        fixture.advance(Duration.ofDays(3));

        assertThat(deleted.deletedAt()).contains(after);
        assertThat(playground.volume(kept)).isEmpty();
        assertThat(playground.costs(after, fixture.now()).forResource(kept)).isEqualTo(Money.ZERO);
        assertRefused(playground.deleteVolume(ALICE, kept), Refusal.VOLUME_NOT_FOUND, kept);
    }

    @Test
    void unknownAndMalformedVolumeIds() {
        assertRefused(playground.deleteVolume(ALICE, "vol-0123456789abcdef0"), Refusal.VOLUME_NOT_FOUND, "vol-0123456789abcdef0");
        assertRefused(playground.deleteVolume(ALICE, "volume-1"), Refusal.VOLUME_ID_MALFORMED, "volume-1");
    }

    @Test
    void aStoppedInstanceKeepsItsVolumes() {
        String id = fixture.stopped(AL2023_X86, "t3.micro");
        fixture.advance(Duration.ofDays(30));

        assertThat(playground.volumes()).singleElement().satisfies(v -> {
            assertThat(v.instanceId()).isEqualTo(id);
            assertThat(v.stateAt(fixture.now())).isEqualTo(VolumeState.IN_USE);
        });
    }
}
