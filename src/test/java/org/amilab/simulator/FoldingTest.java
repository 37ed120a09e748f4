package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.TestCatalog.ACME_MARKETPLACE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What EC2 no longer lists leaves the playground, and what it cost stays. */
class FoldingTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;

    @Test
    void aTerminatedInstanceIsFoldedAnHourAfterItTerminatedAndItsCostStays() {
        String web = fixture.running(ACME_MARKETPLACE, "t3.micro");
        fixture.advance(Duration.ofHours(3));
        playground.terminate(ALICE, web).value();
        fixture.advance(LifecycleDurations.SHUTTING_DOWN);
        Instant terminatedAt = fixture.now();
        Map<CostCategory, Money> spent = playground.costsSoFar().byCategory();

        fixture.advance(Duration.ofMinutes(59));
        assertThat(playground.state().instances()).as("still listed").extracting(Instance::id).contains(web);

        fixture.advance(Duration.ofMinutes(1));
        assertThat(playground.state().instances()).as("folded").isEmpty();
        assertThat(playground.state().volumes()).as("its deleted root went with it").hasSize(1)
                .allSatisfy(v -> assertThat(v.stateAt(fixture.now())).isEqualTo(VolumeState.AVAILABLE));
        assertThat(playground.state().settled().isEmpty()).isFalse();
        Map<CostCategory, Money> after = playground.costsSoFar().byCategory();
        assertThat(after.get(CostCategory.COMPUTE)).isEqualTo(spent.get(CostCategory.COMPUTE)).isGreaterThan(Money.ZERO);
        assertThat(after.get(CostCategory.SOFTWARE)).isEqualTo(spent.get(CostCategory.SOFTWARE)).isGreaterThan(Money.ZERO);
        assertThat(after.get(CostCategory.EBS)).as("the kept volume goes on costing")
                .isGreaterThan(spent.get(CostCategory.EBS));
        assertThat(playground.costs(terminatedAt, fixture.now()).total(CostCategory.COMPUTE)).isEqualTo(Money.ZERO);
        assertThat(playground.monthlyProjection().total(CostCategory.COMPUTE)).isEqualTo(Money.ZERO);
    }

    @Test
    void aDeregisteredAmiIsForgottenAnHourLaterAndItsDeletedSnapshotAtOnce() {
        String web = fixture.running(AL2023_X86, "t3.micro");
        Ami image = playground.createImage(ALICE, CreateImageRequest.of(web, "golden")).value();
        fixture.advance(Duration.ofHours(1));
        playground.deregisterImage(ALICE, image.id()).value();
        String snapshot = playground.snapshots().get(0).id();
        playground.deleteSnapshot(ALICE, snapshot).value();
        Money storage = playground.costsSoFar().total(CostCategory.AMI_STORAGE);

        assertThat(playground.deregisterImage(ALICE, image.id()).error().reason())
                .isEqualTo(Refusal.IMAGE_ALREADY_DEREGISTERED);
        assertThat(playground.state().snapshots()).as("folded").isEmpty();
        fixture.advance(LifecycleDurations.DEREGISTERED_VISIBLE_FOR);

        assertThat(playground.state().images()).isEmpty();
        assertThat(playground.deregisterImage(ALICE, image.id()).error().code()).isEqualTo("InvalidAMIID.NotFound");
        assertThat(playground.costsSoFar().total(CostCategory.AMI_STORAGE)).isEqualTo(storage).isGreaterThan(Money.ZERO);
    }

    @Test
    void aDeregisteredAmiThatAListedInstanceRunsFromStaysKnownSoACaptureOfItKeepsItsOperatingSystem() {
        String web = fixture.running(AL2023_X86, "t3.micro");
        Ami golden = playground.createImage(ALICE, CreateImageRequest.of(web, "golden")).value();
        fixture.advance(Duration.ofHours(1));
        String fromGolden = fixture.running(playground.image(golden.id()).orElseThrow(), "t3.micro");
        playground.deregisterImage(ALICE, golden.id()).value();
        fixture.advance(LifecycleDurations.DEREGISTERED_VISIBLE_FOR.plusHours(1));

        Ami again = playground.createImage(ALICE, CreateImageRequest.of(fromGolden, "golden-again")).value();

        assertThat(again.operatingSystem()).isEqualTo(AL2023_X86.operatingSystem());
        playground.terminate(ALICE, fromGolden).value();
        fixture.advance(LifecycleDurations.TERMINATED_VISIBLE_FOR.plusHours(1));
        assertThat(playground.state().images()).extracting(OwnedAmi::id).as("forgotten once nothing runs from it")
                .doesNotContain(golden.id());
    }

    @Test
    void aThousandLaunchesAndTerminationsLeaveASmallPlaygroundAndAnExactTotal() {
        Money expected = Money.ZERO;
        for (int n = 0; n < 1000; n++) {
            String id = fixture.launch(AL2023_X86, "t3.micro").id();
            Instant launchedAt = fixture.now();
            fixture.advance(Duration.ofMinutes(3));
            playground.terminate(ALICE, id).value();
            fixture.advance(Duration.ofMinutes(2));
            expected = expected.plus(playground.costs(launchedAt, fixture.now()).forInstance(id));
        }
        fixture.advance(Duration.ofHours(2));

        PlaygroundState state = playground.state();
        assertThat(state.instances()).isEmpty();
        assertThat(state.settled().points()).hasSizeLessThanOrEqualTo(SettledCosts.MAX_POINTS);
        assertThat(state.volumes()).isEmpty();
        assertThat(playground.costsSoFar().total()).as("each instance's charges, with its root volume").isEqualTo(expected);
        assertThat(playground.costSeries(fixture.now(), 48).last().total()).isEqualTo(expected);
    }
}
