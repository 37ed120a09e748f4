package org.amilab.simulator;

import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.amilab.simulator.TestCatalog.LEGACY_PV_INSTANCE_STORE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstanceActionTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();

    @Test
    void aPendingInstanceCanOnlyBeTerminated() {
        Instance pending = fixture.launch(AL2023_X86, "t3.micro");
        assertThat(InstanceAction.STOP.refusal(pending, fixture.now()))
                .hasValueSatisfying(error -> assertThat(error.code()).isEqualTo("IncorrectInstanceState"));
        assertThat(InstanceAction.START.acts(pending, fixture.now())).isFalse();
        assertThat(InstanceAction.REBOOT.acts(pending, fixture.now())).isFalse();
        assertThat(InstanceAction.CHANGE_TYPE.acts(pending, fixture.now())).isFalse();
        assertThat(InstanceAction.TERMINATE.acts(pending, fixture.now())).isTrue();
    }

    @Test
    void aRunningEbsInstanceCanStopRebootAndTerminateButNotStartOrChangeType() {
        Instance instance = fixture.launch(AL2023_X86, "t3.micro");
        fixture.advance(LifecycleDurations.EBS_BOOT);
        assertThat(InstanceAction.STOP.acts(instance, fixture.now())).isTrue();
        assertThat(InstanceAction.REBOOT.acts(instance, fixture.now())).isTrue();
        assertThat(InstanceAction.TERMINATE.acts(instance, fixture.now())).isTrue();
        assertThat(InstanceAction.START.acts(instance, fixture.now())).as("already running: nothing to do").isFalse();
        assertThat(InstanceAction.START.refusal(instance, fixture.now())).as("but EC2 accepts it").isEmpty();
        assertThat(InstanceAction.CHANGE_TYPE.refusal(instance, fixture.now()))
                .hasValueSatisfying(error -> assertThat(error.message()).contains("'stopped' state"));
    }

    @Test
    void anInstanceStoreInstanceCanNeverStop() {
        Instance instance = fixture.launch(LEGACY_PV_INSTANCE_STORE, "m3.medium");
        fixture.advance(LifecycleDurations.INSTANCE_STORE_BOOT);
        assertThat(InstanceAction.STOP.refusal(instance, fixture.now()))
                .hasValueSatisfying(error -> assertThat(error.code()).isEqualTo("UnsupportedOperation"));
        assertThat(InstanceAction.STOP.acts(instance, fixture.now())).isFalse();
    }

    @Test
    void aStoppedInstanceCanStartAndChangeType() {
        Instance instance = fixture.launch(AL2023_X86, "t3.micro");
        fixture.advance(LifecycleDurations.EBS_BOOT);
        fixture.playground.stop(PlaygroundFixture.ALICE, instance.id());
        fixture.advance(LifecycleDurations.STOPPING);
        instance = fixture.playground.instance(instance.id()).orElseThrow();
        assertThat(InstanceAction.START.acts(instance, fixture.now())).isTrue();
        assertThat(InstanceAction.CHANGE_TYPE.acts(instance, fixture.now())).isTrue();
        assertThat(InstanceAction.STOP.acts(instance, fixture.now())).isFalse();
    }
}
