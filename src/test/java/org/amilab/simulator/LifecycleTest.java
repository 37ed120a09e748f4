package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.Refusals.assertRefused;
import static org.amilab.simulator.TestCatalog.AL2023_ARM;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.amilab.simulator.TestCatalog.LEGACY_PV_INSTANCE_STORE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.amilab.content.ShippedExplanations;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;

    @Nested
    class Launching {

        @Test
        void anEbsBackedInstanceIsPendingUntilItsBootTimeHasPassedThenRunning() {
            Instant launchedAt = fixture.now();
            Instance instance = fixture.launch(AL2023_X86, "t3.micro");

            assertThat(instance.stateAt(launchedAt)).isEqualTo(InstanceState.PENDING);
            fixture.advance(LifecycleDurations.EBS_BOOT.minusSeconds(1));
            assertThat(fixture.state(instance.id())).isEqualTo(InstanceState.PENDING);
            fixture.advance(Duration.ofSeconds(1));
            assertThat(fixture.state(instance.id())).isEqualTo(InstanceState.RUNNING);
        }

        @Test
        void anInstanceStoreBackedInstanceBootsMarkedlySlower() {
            String ebs = fixture.launch(AL2023_X86, "m3.medium").id();
            String local = fixture.launch(LEGACY_PV_INSTANCE_STORE, "m3.medium").id();

            fixture.advance(LifecycleDurations.EBS_BOOT);

            assertThat(fixture.state(ebs)).isEqualTo(InstanceState.RUNNING);
            assertThat(fixture.state(local)).isEqualTo(InstanceState.PENDING);
            assertThat(LifecycleDurations.INSTANCE_STORE_BOOT).isGreaterThan(LifecycleDurations.EBS_BOOT.multipliedBy(3));
            fixture.advance(LifecycleDurations.INSTANCE_STORE_BOOT.minus(LifecycleDurations.EBS_BOOT));
            assertThat(fixture.state(local)).isEqualTo(InstanceState.RUNNING);
        }

        @Test
        void stateCodesAreTheApiCodes() {
            assertThat(List.of(InstanceState.values())).extracting(InstanceState::code).containsExactly(0, 16, 32, 48, 64, 80);
            assertThat(InstanceState.SHUTTING_DOWN.apiName()).isEqualTo("shutting-down");
        }
    }

    @Nested
    class StoppingAndStarting {

        @Test
        void aRunningEbsBackedInstanceStopsThroughStopping() {
            String id = fixture.running(AL2023_X86, "t3.micro");

            List<StateChange> changes = playground.stop(ALICE, id).value();

            assertThat(changes).containsExactly(new StateChange(id, InstanceState.RUNNING, InstanceState.STOPPING));
            fixture.advance(LifecycleDurations.STOPPING.minusSeconds(1));
            assertThat(fixture.state(id)).isEqualTo(InstanceState.STOPPING);
            fixture.advance(Duration.ofSeconds(1));
            assertThat(fixture.state(id)).isEqualTo(InstanceState.STOPPED);
        }

        @Test
        void aStopOrTerminateTheLearnerAskedForCarriesEc2sReasonWhichAStartClears() {
            String id = fixture.running(AL2023_X86, "t3.micro");
            assertThat(instance(id).stateReasonAt(playground.now())).isEqualTo(StateReason.NONE);
            java.time.Instant askedAt = playground.now();

            playground.stop(ALICE, id).value();
            fixture.advance(LifecycleDurations.STOPPING);

            StateReason stopped = instance(id).stateReasonAt(playground.now());
            assertThat(fixture.state(id)).isEqualTo(InstanceState.STOPPED);
            assertThat(stopped.code()).isEqualTo("Client.UserInitiatedShutdown");
            assertThat(stopped.message()).isEqualTo("Client.UserInitiatedShutdown: User initiated shutdown");
            assertThat(stopped.transitionReason()).isEqualTo("User initiated ("
                    + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC)
                    .format(askedAt) + " GMT)");

            playground.start(ALICE, id).value();
            assertThat(instance(id).stateReasonAt(playground.now()).isNone()).as("a start needs no reason").isTrue();
            fixture.advance(LifecycleDurations.EBS_BOOT);
            playground.terminate(ALICE, id).value();
            fixture.advance(LifecycleDurations.SHUTTING_DOWN);
            assertThat(fixture.state(id)).isEqualTo(InstanceState.TERMINATED);
            assertThat(instance(id).stateReasonAt(playground.now()).code()).isEqualTo("Client.UserInitiatedShutdown");
        }

        private Instance instance(String id) {
            return playground.instance(id).orElseThrow();
        }

        @Test
        void aStoppedInstanceStartsThroughPending() {
            String id = fixture.stopped(AL2023_X86, "t3.micro");

            assertThat(playground.start(ALICE, id).value())
                    .containsExactly(new StateChange(id, InstanceState.STOPPED, InstanceState.PENDING));
            fixture.advance(LifecycleDurations.EBS_BOOT);
            assertThat(fixture.state(id)).isEqualTo(InstanceState.RUNNING);
        }

        @Test
        void anInstanceStoreBackedInstanceCannotBeStopped() {
            String id = fixture.running(LEGACY_PV_INSTANCE_STORE, "m1.small");

            Ec2Error error = assertRefused(playground.stop(ALICE, id), Refusal.STOP_INSTANCE_STORE, id);

            assertThat(error.code()).isEqualTo("UnsupportedOperation");
            assertThat(error.message()).isEqualTo(
                    "The instance '" + id + "' does not have an 'ebs' root device type and cannot be stopped.");
            assertThat(ShippedExplanations.explain(error).lesson()).hasToString("instance-store-vs-ebs#stopping");
            assertThat(fixture.state(id)).isEqualTo(InstanceState.RUNNING);
        }

        @Test
        void aPendingInstanceCannotBeStoppedBecauseItNeverReachedRunning() {
            String id = fixture.launch(AL2023_X86, "t3.micro").id();

            Ec2Error error = assertRefused(playground.stop(ALICE, id), Refusal.STOP_PENDING, id);

            assertThat(error.code()).isEqualTo("IncorrectInstanceState");
            assertThat(fixture.state(id)).isEqualTo(InstanceState.PENDING);
        }

        @Test
        void aTerminatedInstanceCanNeitherBeStoppedNorStarted() {
            String id = fixture.running(AL2023_X86, "t3.micro");
            playground.terminate(ALICE, id).value();
            fixture.advance(LifecycleDurations.SHUTTING_DOWN);

            Ec2Error stop = assertRefused(playground.stop(ALICE, id), Refusal.STOP_NOT_POSSIBLE, id);
            Ec2Error start = assertRefused(playground.start(ALICE, id), Refusal.START_NOT_POSSIBLE, id);

            assertThat(stop.message()).isEqualTo("This instance '" + id + "' is not in a state from which it can be stopped.");
            assertThat(start.message()).isEqualTo("The instance '" + id + "' is not in a state from which it can be started.");
        }

        @Test
        void aStoppingInstanceCannotBeStartedUntilItHasStopped() {
            String id = fixture.running(AL2023_X86, "t3.micro");
            playground.stop(ALICE, id).value();

            assertRefused(playground.start(ALICE, id), Refusal.START_NOT_POSSIBLE, id);
            fixture.advance(LifecycleDurations.STOPPING);
            assertThat(playground.start(ALICE, id).isSuccess()).isTrue();
        }

        @Test
        void stoppingAStoppedInstanceOrStartingARunningOneChangesNothing() {
            String stopped = fixture.stopped(AL2023_X86, "t3.micro");
            String running = fixture.running(AL2023_X86, "t3.micro");
            Instance before = fixture.instance(stopped);

            assertThat(playground.stop(ALICE, stopped).value()).containsExactly(
                    new StateChange(stopped, InstanceState.STOPPED, InstanceState.STOPPED));
            assertThat(playground.start(ALICE, running).value()).containsExactly(
                    new StateChange(running, InstanceState.RUNNING, InstanceState.RUNNING));
            assertThat(fixture.instance(stopped).history()).isEqualTo(before.history());
        }
    }

    @Nested
    class Rebooting {

        @Test
        void aRebootKeepsTheInstanceRunningInTheSameBillingPeriod() {
            String id = fixture.running(AL2023_X86, "t3.micro");
            List<StateSegment> before = fixture.instance(id).history();

            assertThat(playground.reboot(ALICE, id).value())
                    .containsExactly(new StateChange(id, InstanceState.RUNNING, InstanceState.RUNNING));
            assertThat(fixture.instance(id).history()).isEqualTo(before);
        }

        @Test
        void aRebootOfATerminatedInstanceIsIgnored() {
            String id = fixture.running(AL2023_X86, "t3.micro");
            playground.terminate(ALICE, id).value();
            fixture.advance(LifecycleDurations.SHUTTING_DOWN);

            assertThat(playground.reboot(ALICE, id).isSuccess()).isTrue();
            assertThat(playground.events()).last().extracting(PlaygroundEvent::result).isEqualTo("ignored");
            assertThat(fixture.state(id)).isEqualTo(InstanceState.TERMINATED);
        }

        @Test
        void aStoppedInstanceCannotBeRebooted() {
            String id = fixture.stopped(AL2023_X86, "t3.micro");

            assertRefused(playground.reboot(ALICE, id), Refusal.REBOOT_NOT_POSSIBLE, id);
        }
    }

    @Nested
    class Terminating {

        @Test
        void terminationGoesThroughShuttingDownFromRunningStoppedPendingOrStopping() {
            String running = fixture.running(AL2023_X86, "t3.micro");
            String stopped = fixture.stopped(AL2023_X86, "t3.micro");
            String stopping = fixture.running(AL2023_X86, "t3.micro");
            playground.stop(ALICE, stopping).value();
            String pending = fixture.launch(AL2023_X86, "t3.micro").id();

            List<StateChange> changes = playground.terminate(ALICE, running, stopped, stopping, pending).value();

            assertThat(changes).extracting(StateChange::previousState).containsExactly(
                    InstanceState.RUNNING, InstanceState.STOPPED, InstanceState.STOPPING, InstanceState.PENDING);
            assertThat(changes).extracting(StateChange::currentState).containsOnly(InstanceState.SHUTTING_DOWN);
            fixture.advance(LifecycleDurations.SHUTTING_DOWN);
            assertThat(List.of(running, stopped, stopping, pending)).extracting(fixture::state).containsOnly(InstanceState.TERMINATED);
        }

        @Test
        void terminatingATerminatedInstanceIsNotAnError() {
            String id = fixture.running(AL2023_X86, "t3.micro");
            playground.terminate(ALICE, id).value();
            fixture.advance(LifecycleDurations.SHUTTING_DOWN);
            Instance before = fixture.instance(id);

            assertThat(playground.terminate(ALICE, id).value())
                    .containsExactly(new StateChange(id, InstanceState.TERMINATED, InstanceState.TERMINATED));
            assertThat(fixture.instance(id)).isEqualTo(before);
        }

        @Test
        void aTerminatedInstanceIsListedForAnHourAndThenIsUnknown() {
            String id = fixture.running(AL2023_X86, "t3.micro");
            playground.terminate(ALICE, id).value();
            fixture.advance(LifecycleDurations.SHUTTING_DOWN);

            fixture.advance(LifecycleDurations.TERMINATED_VISIBLE_FOR.minusSeconds(1));
            assertThat(playground.instances()).extracting(Instance::id).contains(id);
            fixture.advance(Duration.ofSeconds(1));
            assertThat(playground.instances()).extracting(Instance::id).doesNotContain(id);
            assertRefused(playground.terminate(ALICE, id), Refusal.INSTANCE_NOT_FOUND, id);
        }
    }

    @Nested
    class UnknownIds {

        @Test
        void anUnknownIdIsNotFoundAndTheOtherNamedInstancesDoNotChange() {
            String known = fixture.running(AL2023_X86, "t3.micro");
            String unknown = "i-0123456789abcdef0";

            Ec2Error error = assertRefused(playground.stop(ALICE, known, unknown), Refusal.INSTANCE_NOT_FOUND, unknown);

            assertThat(error.code()).isEqualTo("InvalidInstanceID.NotFound");
            assertThat(error.message()).doesNotContain(known);
            assertThat(fixture.state(known)).isEqualTo(InstanceState.RUNNING);
        }

        @Test
        void severalUnknownIdsAreAllNamed() {
            assertRefused(playground.terminate(ALICE, "i-0123456789abcdef0", "i-0fedcba9876543210"),
                    Refusal.INSTANCES_NOT_FOUND, "i-0123456789abcdef0", "i-0fedcba9876543210");
        }

        @Test
        void aMalformedIdIsRefusedAsMalformed() {
            assertRefused(playground.start(ALICE, "i-nothex"), Refusal.INSTANCE_ID_MALFORMED, "i-nothex");
        }

        @Test
        void aRequestWithoutIdsIsMissingAParameter() {
            assertRefused(playground.reboot(ALICE), Refusal.MISSING_INSTANCE_ID);
        }

        @Test
        void whenOneNamedInstanceRefusesNoneChanges() {
            String ebs = fixture.running(AL2023_X86, "m3.medium");
            String local = fixture.running(LEGACY_PV_INSTANCE_STORE, "m3.medium");

            assertRefused(playground.stop(ALICE, ebs, local), Refusal.STOP_INSTANCE_STORE, local);

            assertThat(fixture.state(ebs)).isEqualTo(InstanceState.RUNNING);
        }
    }

    @Nested
    class ChangingTheInstanceType {

        @Test
        void theTypeChangesWhileStoppedAndTheHistoryRecordsWhen() {
            String id = fixture.stopped(AL2023_X86, "t3.micro");
            Instant changedAt = fixture.now();

            Instance changed = playground.modifyInstanceType(ALICE, id, "m5.large").value();

            assertThat(changed.instanceType()).isEqualTo("m5.large");
            assertThat(fixture.instance(id)).isEqualTo(changed);
            assertThat(changed.segmentAt(changedAt.minusSeconds(1)).instanceType()).isEqualTo("t3.micro");
            assertThat(changed.stateAt(changedAt)).isEqualTo(InstanceState.STOPPED);
        }

        @Test
        void aRunningInstanceKeepsItsType() {
            String id = fixture.running(AL2023_X86, "t3.micro");

            Ec2Error error = assertRefused(playground.modifyInstanceType(ALICE, id, "m5.large"),
                    Refusal.TYPE_CHANGE_NOT_STOPPED, id);

            assertThat(error.message()).isEqualTo("The instance '" + id + "' is not in the 'stopped' state.");
            assertThat(fixture.instance(id).instanceType()).isEqualTo("t3.micro");
        }

        @Test
        void anInstanceStoreBackedInstanceCanNeverChangeType() {
            String id = fixture.running(LEGACY_PV_INSTANCE_STORE, "m1.small");

            assertRefused(playground.modifyInstanceType(ALICE, id, "c3.large"), Refusal.TYPE_CHANGE_NOT_STOPPED, id);
        }

        @Test
        void theNewTypeMustStillFitTheImage() {
            String x86 = fixture.stopped(AL2023_X86, "t3.micro");
            String arm = fixture.stopped(AL2023_ARM, "t4g.micro");

            assertRefused(playground.modifyInstanceType(ALICE, x86, "t4g.micro"), Refusal.ARCHITECTURE_MISMATCH, "arm64", "x86_64");
            assertRefused(playground.modifyInstanceType(ALICE, arm, "m5.large"), Refusal.ARCHITECTURE_MISMATCH);
            assertRefused(playground.modifyInstanceType(ALICE, x86, "t9.huge"), Refusal.UNKNOWN_INSTANCE_TYPE, "t9.huge");
            assertThat(fixture.instance(x86).instanceType()).isEqualTo("t3.micro");
        }

        @Test
        void aParavirtualInstanceCanOnlyMoveToATypeThatRunsParavirtual() {
            String id = fixture.stopped(TestCatalog.FEDORA_PV_EBS, "m3.medium");

            assertRefused(playground.modifyInstanceType(ALICE, id, "t3.micro"), Refusal.PARAVIRTUAL_NOT_SUPPORTED, "t3.micro");
            assertThat(playground.modifyInstanceType(ALICE, id, "c3.large").value().instanceType()).isEqualTo("c3.large");
        }

        @Test
        void instanceStoreVolumesMustExistOnTheNewType() {
            Instance launched = fixture.launch(LaunchRequest.of(AL2023_X86.region(), AL2023_X86.id(), "c3.large")
                    .withMapping(BlockDeviceMapping.instanceStore("/dev/sdc", 1)));
            fixture.advance(LifecycleDurations.EBS_BOOT);
            playground.stop(ALICE, launched.id()).value();
            fixture.advance(LifecycleDurations.STOPPING);

            assertRefused(playground.modifyInstanceType(ALICE, launched.id(), "m3.medium"),
                    Refusal.NO_SUCH_INSTANCE_STORE_VOLUME, "ephemeral1");
        }
    }

    @Nested
    class Protection {

        @Test
        void terminationProtectionRefusesTerminationUntilTurnedOff() {
            String id = fixture.running(AL2023_X86, "t3.micro");
            playground.setProtection(ALICE, id, org.amilab.simulator.Protection.TERMINATION, true).value();

            Ec2Error error = assertRefused(playground.terminate(ALICE, id), Refusal.TERMINATION_PROTECTED, id);

            assertThat(error.code()).isEqualTo("OperationNotPermitted");
            assertThat(fixture.state(id)).isEqualTo(InstanceState.RUNNING);
            playground.setProtection(ALICE, id, org.amilab.simulator.Protection.TERMINATION, false).value();
            assertThat(playground.terminate(ALICE, id).isSuccess()).isTrue();
        }

        @Test
        void terminationProtectionCanBeSetAtLaunch() {
            Instance instance = fixture.launch(LaunchRequest.of(AL2023_X86.region(), AL2023_X86.id(), "t3.micro")
                    .withTerminationProtection(true));

            assertRefused(playground.terminate(ALICE, instance.id()), Refusal.TERMINATION_PROTECTED, instance.id());
        }

        @Test
        void stopProtectionRefusesStopButNotTermination() {
            String id = fixture.running(AL2023_X86, "t3.micro");
            playground.setProtection(ALICE, id, org.amilab.simulator.Protection.STOP, true).value();

            assertRefused(playground.stop(ALICE, id), Refusal.STOP_PROTECTED, id);
            assertThat(playground.terminate(ALICE, id).isSuccess()).isTrue();
        }

        @Test
        void stopProtectionMakesNoSenseForAnInstanceThatCannotStop() {
            String id = fixture.running(LEGACY_PV_INSTANCE_STORE, "m1.small");

            assertRefused(playground.setProtection(ALICE, id, org.amilab.simulator.Protection.STOP, true),
                    Refusal.STOP_PROTECTION_NOT_SUPPORTED, id);
            assertThat(playground.setProtection(ALICE, id, org.amilab.simulator.Protection.TERMINATION, true).isSuccess()).isTrue();
        }

        @Test
        void aTerminatedInstanceTakesNoNewProtection() {
            String id = fixture.running(AL2023_X86, "t3.micro");
            playground.terminate(ALICE, id).value();
            fixture.advance(LifecycleDurations.SHUTTING_DOWN);

            assertRefused(playground.setProtection(ALICE, id, org.amilab.simulator.Protection.TERMINATION, true),
                    Refusal.INSTANCE_TERMINATED, id);
        }
    }
}
