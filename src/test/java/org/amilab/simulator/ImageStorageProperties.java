package org.amilab.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What the learner's own AMIs hold on to: their snapshots while registered, their storage costs until deleted. */
class ImageStorageProperties {

    @Provide
    Arbitrary<List<ActionSequences.Step>> sessions() {
        return ActionSequences.sessions();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void aSnapshotThatARegisteredAmiUsesIsNeverDeleted(@ForAll("sessions") List<ActionSequences.Step> session) {
        PlaygroundFixture fixture = new PlaygroundFixture();
        for (ActionSequences.Step step : session) {
            step.accept(fixture);
            Set<String> existing = fixture.playground.snapshots().stream().map(Snapshot::id).collect(Collectors.toSet());
            for (Ami ami : fixture.playground.myAmis()) {
                ami.blockDeviceMappings().stream().flatMap(m -> m.ebs().stream()).map(EbsBlockDevice::snapshotId)
                        .filter(id -> !id.isEmpty())
                        .forEach(id -> assertThat(existing).as(ami.id() + " uses " + id).contains(id));
            }
        }
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void snapshotsAndBundlesKeepCostingWhetherTheirAmiIsRegisteredOrNot(
            @ForAll("sessions") List<ActionSequences.Step> session) {
        PlaygroundFixture fixture = LifecycleProperties.play(session);
        // every pipeline run under way has ended by then, so the next hour holds exactly what is stored now
        fixture.advance(Duration.ofHours(2));
        boolean stored = !fixture.playground.snapshots().isEmpty() || !fixture.playground.bundles().isEmpty();
        Instant before = fixture.now();
        Money storageBefore = fixture.playground.costsSoFar().total(CostCategory.AMI_STORAGE);

        fixture.advance(Duration.ofHours(1));

        Money storageAfter = fixture.playground.costs(fixture.playground.startedAt(), before.plus(Duration.ofHours(1)))
                .total(CostCategory.AMI_STORAGE);
        if (stored) {
            assertThat(storageAfter).isGreaterThan(storageBefore);
        } else {
            assertThat(storageAfter).isEqualTo(storageBefore);
        }
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void aPipelineDistributesOnlyImagesThatPassedEachWithTheConfigurationItBuilt(
            @ForAll("sessions") List<ActionSequences.Step> session) {
        PlaygroundFixture fixture = LifecycleProperties.play(session);
        fixture.advance(Duration.ofHours(2));
        Instant now = fixture.now();

        for (ImageBuild build : fixture.playground.imageBuilds()) {
            assertThat(build.endedBy(now)).isTrue();
            if (build.failure().isPresent()) {
                assertThat(build.outputsAt(now)).isEmpty();
                assertThat(build.statusAt(now)).isEqualTo(ImageBuild.Status.FAILED);
                continue;
            }
            assertThat(build.outputsAt(now)).hasSize(2).allSatisfy(output -> {
                assertThat(output.software()).isEqualTo(build.configuration());
                assertThat(output.software().enabledServices()).contains("httpd");
            });
        }
    }
}
