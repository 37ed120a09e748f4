package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.amilab.simulator.TestCatalog.CENTOS_HVM_INSTANCE_STORE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Recoverability: hardware fails under an instance, and the learner gets it back, by moving it or from an AMI. */
class RecoveryTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;

    private StatusChecks checks(String instanceId) {
        return fixture.instance(instanceId).statusChecksAt(fixture.now()).orElseThrow();
    }

    @Test
    void statusChecksInitializeAfterTheBootAndThenPass() {
        String web = fixture.running(AL2023_X86, "t3.micro");

        assertThat(checks(web)).isEqualTo(StatusChecks.INITIALIZING);
        assertThat(checks(web).summary()).isEqualTo("Initializing");
        fixture.advance(LifecycleDurations.STATUS_CHECKS_INITIALIZING);
        assertThat(checks(web)).isEqualTo(StatusChecks.PASSED);
        assertThat(checks(web).summary()).isEqualTo("2/2 checks passed");
        playground.stop(ALICE, web).value();
        assertThat(fixture.instance(web).statusChecksAt(fixture.now())).as("stopping: not checked").isEmpty();
    }

    @Test
    void aFailedHostLeavesTheInstanceRunningAndBilledButUnreachableUntilAStopAndStartMovesIt() {
        String web = fixture.running(AL2023_X86, "t3.micro");
        playground.runShellCommand(ALICE, web, "sudo dnf install -y httpd && sudo systemctl enable --now httpd").value();
        fixture.advance(Duration.ofMinutes(5));

        Instance failed = playground.failHost(ALICE, web).value();

        assertThat(failed.stateAt(fixture.now())).isEqualTo(InstanceState.RUNNING);
        assertThat(checks(web)).isEqualTo(StatusChecks.HOST_FAILED);
        assertThat(checks(web).summary()).isEqualTo("0/2 checks passed");
        assertThat(playground.events()).last().satisfies(line -> {
            assertThat(line.type()).isEqualTo(EventType.FAIL_HOST);
            assertThat(line.detail()).isEqualTo(new EventDetail.HostFailed(web));
        });
        ActionResult<ShellOutput> connect = playground.runShellCommand(ALICE, web, "curl localhost");
        assertThat(connect.error().code()).isEqualTo("EC2InstanceUnavailableException");
        assertThat(InstanceAction.CONNECT.refusal(fixture.instance(web), fixture.now())).isPresent();
        assertThat(playground.failHost(ALICE, web).error().message()).contains("has already failed");
        Money before = playground.costsSoFar().forInstance(web, CostCategory.COMPUTE);
        fixture.advance(Duration.ofHours(1));
        assertThat(playground.costsSoFar().forInstance(web, CostCategory.COMPUTE)).as("still billed").isNotEqualTo(before);

        playground.reboot(ALICE, web).value();
        assertThat(fixture.instance(web).impairedAt(fixture.now())).as("a reboot stays on the same host").isTrue();
        playground.stop(ALICE, web).value();
        fixture.advance(LifecycleDurations.STOPPING);
        playground.start(ALICE, web).value();
        fixture.advance(LifecycleDurations.EBS_BOOT);

        assertThat(fixture.instance(web).impairedAt(fixture.now())).isFalse();
        fixture.advance(LifecycleDurations.STATUS_CHECKS_INITIALIZING);
        assertThat(checks(web)).isEqualTo(StatusChecks.PASSED);
        assertThat(playground.runShellCommand(ALICE, web, "curl localhost").value().output())
                .as("the EBS root kept the web server").contains("Test page of The Apache HTTP Server");
    }

    @Test
    void aFailedInstanceStoreInstanceCannotBeStoppedAndIsReplacedFromItsAmiWithTheSameConfiguration() {
        String original = fixture.running(CENTOS_HVM_INSTANCE_STORE, "m3.medium");
        playground.runShellCommand(ALICE, original, "sudo yum install -y httpd && sudo systemctl enable --now httpd")
                .value();
        Ami backup = playground.bundleInstance(ALICE, BundleInstanceRequest.of(original, "web-backup")).value();
        fixture.advance(Duration.ofHours(1));
        playground.failHost(ALICE, original).value();

        assertThat(playground.stop(ALICE, original).error().code()).isEqualTo("UnsupportedOperation");
        playground.terminate(ALICE, original).value();
        String replacement = fixture.running(playground.image(backup.id()).orElseThrow(), "m3.medium");

        Instance back = fixture.instance(replacement);
        assertThat(back.impairedAt(fixture.now())).isFalse();
        assertThat(back.software().sameDiskAs(fixture.instance(original).software())).isTrue();
        assertThat(back.software().runningServices()).containsExactly("httpd");
    }

    @Test
    void onlyTheHardwareOfARunningInstanceCanFail() {
        String booting = fixture.launch(AL2023_X86, "t3.micro").id();

        ActionResult<Instance> refused = playground.failHost(ALICE, booting);

        assertThat(refused.error().code()).isEqualTo("IncorrectInstanceState");
        assertThat(refused.error().message()).contains("pending");
        assertThat(fixture.instance(booting).hostFailedAt()).isEmpty();
        assertThat(playground.failHost(ALICE, "i-0000000000000dead").error().code()).isEqualTo("InvalidInstanceID.NotFound");
    }
}
