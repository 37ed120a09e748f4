package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.TestCatalog.ACME_MARKETPLACE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PlaygroundStateTest {

    @Test
    void aRestoredPlaygroundCarriesOnExactlyWhereTheOriginalWas() {
        PlaygroundFixture fixture = new PlaygroundFixture();
        Playground original = fixture.playground;
        String stopped = fixture.stopped(AL2023_X86, "t3.micro");
        String running = fixture.running(ACME_MARKETPLACE, "t3.micro");
        original.createImage(ALICE, CreateImageRequest.of(stopped, "golden")).value();
        original.setSpeed(ALICE, 60).value();
        original.terminate(ALICE, running).value();

        Playground restored = Playground.restore(fixture.environment(99), original.state());

        assertThat(restored.state()).isEqualTo(original.state());
        fixture.realClock.advance(Duration.ofMinutes(10));
        assertThat(restored.instances()).isEqualTo(original.instances());
        assertThat(restored.costsSoFar()).isEqualTo(original.costsSoFar());
        assertThat(restored.start(ALICE, stopped)).isEqualTo(original.start(ALICE, stopped));
        assertThat(restored.state().instances()).isEqualTo(original.state().instances());
        assertThat(restored.state().events()).hasSameSizeAs(original.state().events());
    }

    @Test
    void theSameSeedGivesTheSameIds() {
        PlaygroundFixture first = new PlaygroundFixture();
        PlaygroundFixture second = new PlaygroundFixture();

        assertThat(first.launch(AL2023_X86, "t3.micro").id()).isEqualTo(second.launch(AL2023_X86, "t3.micro").id());
        assertThat(new PlaygroundFixture(PlaygroundSettings.DEFAULT, 43).launch(AL2023_X86, "t3.micro").id())
                .isNotEqualTo(first.playground.instances().get(0).id());
    }

    @Test
    void theStateIsPlainDataThatDoesNotChangeBehindTheCallersBack() {
        PlaygroundFixture fixture = new PlaygroundFixture();
        PlaygroundState before = fixture.playground.state();

        fixture.launch(AL2023_X86, "t3.micro");

        assertThat(before.instances()).isEmpty();
        assertThat(fixture.playground.state().instances()).hasSize(1);
    }
}
