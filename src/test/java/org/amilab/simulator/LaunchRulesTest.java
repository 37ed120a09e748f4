package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.Refusals.assertRefused;
import static org.amilab.simulator.TestCatalog.ACME_MARKETPLACE;
import static org.amilab.simulator.TestCatalog.AL2023_ARM;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.amilab.simulator.TestCatalog.AL2023_X86_EU_WEST_1;
import static org.amilab.simulator.TestCatalog.EU_WEST_1;
import static org.amilab.simulator.TestCatalog.FEDORA_PV_EBS;
import static org.amilab.simulator.TestCatalog.LEGACY_PV_INSTANCE_STORE;
import static org.amilab.simulator.TestCatalog.US_EAST_1;
import static org.amilab.simulator.TestCatalog.WINDOWS_2022;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.amilab.content.ShippedExplanations;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaunchRulesTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;

    private static LaunchRequest request(Ami ami, String type) {
        return LaunchRequest.of(ami.region(), ami.id(), type);
    }

    private ActionResult<List<Instance>> launch(LaunchRequest request) {
        return playground.launch(ALICE, request);
    }

    @Nested
    class TheImage {

        @Test
        void aMalformedIdIsRefusedAsMalformed() {
            Ec2Error error = assertRefused(launch(LaunchRequest.of(US_EAST_1, "ami-xyz", "t3.micro")),
                    Refusal.AMI_ID_MALFORMED, "ami-xyz");

            assertThat(error.code()).isEqualTo("InvalidAMIID.Malformed");
        }

        @Test
        void aWellFormedButUnknownIdIsNotFound() {
            Ec2Error error = assertRefused(launch(LaunchRequest.of(US_EAST_1, "ami-12345678", "t3.micro")),
                    Refusal.AMI_NOT_FOUND, "ami-12345678");

            assertThat(error.code()).isEqualTo("InvalidAMIID.NotFound");
            assertThat(error.message()).isEqualTo("The image id '[ami-12345678]' does not exist");
        }

        @Test
        void anAmiLivesInOneRegionAndHasAnotherIdInTheNext() {
            assertRefused(launch(LaunchRequest.of(EU_WEST_1, AL2023_X86.id(), "t3.micro")), Refusal.AMI_NOT_FOUND,
                    AL2023_X86.id());

            assertThat(launch(request(AL2023_X86_EU_WEST_1, "t3.micro")).value())
                    .singleElement().extracting(Instance::region).isEqualTo(EU_WEST_1);
        }

        @Test
        void theInstanceTypeMustExist() {
            assertRefused(launch(request(AL2023_X86, "t3.gigantic")), Refusal.UNKNOWN_INSTANCE_TYPE, "t3.gigantic");
        }
    }

    @Nested
    class TheInstanceType {

        @Test
        void theArchitectureMustMatch() {
            Ec2Error error = assertRefused(launch(request(AL2023_ARM, "t3.micro")), Refusal.ARCHITECTURE_MISMATCH);

            assertThat(error.message()).startsWith("The architecture 'x86_64' of the specified instance type does not match"
                    + " the architecture 'arm64' of the specified AMI.");
            assertThat(ShippedExplanations.explain(error).text()).contains("t3.micro", AL2023_ARM.id());
            assertThat(launch(request(AL2023_ARM, "t4g.micro")).isSuccess()).isTrue();
        }

        @Test
        void aParavirtualAmiBootsOnlyOnTypesThatSupportIt() {
            Ec2Error error = assertRefused(launch(request(FEDORA_PV_EBS, "t3.micro")), Refusal.PARAVIRTUAL_NOT_SUPPORTED, "t3.micro");

            assertThat(error.code()).isEqualTo("InvalidParameterCombination");
            assertThat(launch(request(FEDORA_PV_EBS, "m3.medium")).isSuccess()).isTrue();
        }

        @Test
        void anInstanceStoreRootNeedsATypeThatCanBootFromInstanceStore() {
            assertRefused(launch(request(TestCatalog.CENTOS_HVM_INSTANCE_STORE, "t3.micro")),
                    Refusal.INSTANCE_STORE_ROOT_NOT_SUPPORTED, "t3.micro");
            assertRefused(launch(request(TestCatalog.CENTOS_HVM_INSTANCE_STORE, "m5d.large")),
                    Refusal.INSTANCE_STORE_ROOT_NOT_SUPPORTED, "m5d.large");

            Instance instance = launch(request(TestCatalog.CENTOS_HVM_INSTANCE_STORE, "c3.large")).value().get(0);
            assertThat(instance.rootDeviceType()).isEqualTo(RootDeviceType.INSTANCE_STORE);
            assertThat(playground.volumes()).isEmpty();
        }
    }

    @Nested
    class TheRootDevice {

        @Test
        void byDefaultTheRootVolumeIsTheAmisRootMapping() {
            Instance instance = launch(request(AL2023_X86, "t3.micro")).value().get(0);

            assertThat(playground.volumes()).singleElement().satisfies(root -> {
                assertThat(root.instanceId()).isEqualTo(instance.id());
                assertThat(root.deviceName()).isEqualTo("/dev/xvda");
                assertThat(root.sizeGiB()).isEqualTo(8);
                assertThat(root.volumeType()).isEqualTo(VolumeType.GP3);
                assertThat(root.snapshotId()).isEqualTo("snap-01371c17149d43953");
                assertThat(root.deleteOnTermination()).isTrue();
                assertThat(root.stateAt(fixture.now())).isEqualTo(VolumeState.IN_USE);
            });
            assertThat(instance.rootSizeGiB()).isEqualTo(8);
        }

        @Test
        void theRootVolumeCannotBeSmallerThanTheSnapshot() {
            Ec2Error error = assertRefused(launch(request(AL2023_X86, "t3.micro").withRootVolumeSize(4)),
                    Refusal.ROOT_SMALLER_THAN_SNAPSHOT);

            assertThat(error.message()).isEqualTo(
                    "Volume of size 4GB is smaller than snapshot 'snap-01371c17149d43953', expect size >= 8GB");
            assertThat(error.code()).isEqualTo("InvalidBlockDeviceMapping");
        }

        @ParameterizedTest
        @CsvSource({"0", "-1", "-2147483648"})
        void aRootOfZeroOrLessIsRefusedAsSmallerThanTheSnapshot(int size) {
            Ec2Error ebs = assertRefused(launch(request(AL2023_X86, "t3.micro").withRootVolumeSize(size)),
                    Refusal.ROOT_SMALLER_THAN_SNAPSHOT);
            Ec2Error instanceStore = assertRefused(launch(request(LEGACY_PV_INSTANCE_STORE, "m1.small")
                    .withRootVolumeSize(size)), Refusal.ROOT_SMALLER_THAN_SNAPSHOT);

            assertThat(ebs.message()).contains("size " + size + "GB").endsWith("expect size >= 8GB");
            assertThat(instanceStore.message()).contains("size " + size + "GB");
            assertThat(playground.instances()).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"GP2, 16384, true", "GP2, 16385, false", "IO1, 16384, true", "IO1, 16385, false",
                "GP3, 65536, true", "GP3, 65537, false", "IO2, 65536, true", "IO2, 65537, false"})
        void theLargestEbsRootDependsOnTheVolumeType(VolumeType type, int size, boolean accepted) {
            ActionResult<List<Instance>> result = launch(request(AL2023_X86, "t3.micro").withRootVolumeType(type)
                    .withRootVolumeSize(size));

            if (accepted) {
                assertThat(result.value().get(0).rootSizeGiB()).isEqualTo(size);
                assertThat(playground.volumes()).singleElement().extracting(Volume::volumeType).isEqualTo(type);
            } else {
                assertRefused(result, Refusal.VOLUME_SIZE_OUT_OF_RANGE, type.apiName(), String.valueOf(size));
            }
        }

        @Test
        void hardDiskVolumeTypesCannotBeRootVolumes() {
            assertRefused(launch(request(AL2023_X86, "t3.micro").withRootVolumeType(VolumeType.ST1).withRootVolumeSize(500)),
                    Refusal.VOLUME_TYPE_NOT_BOOTABLE, "st1");
        }

        @Test
        void anInstanceStoreRootHoldsAtMostTenGiB() {
            assertThat(launch(request(LEGACY_PV_INSTANCE_STORE, "m1.small").withRootVolumeSize(10)).value().get(0).rootSizeGiB())
                    .isEqualTo(10);

            assertRefused(launch(request(LEGACY_PV_INSTANCE_STORE, "m1.small").withRootVolumeSize(11)),
                    Refusal.INSTANCE_STORE_ROOT_TOO_LARGE, "11");
            assertRefused(launch(request(LEGACY_PV_INSTANCE_STORE, "m1.small").withRootVolumeSize(7)),
                    Refusal.ROOT_SMALLER_THAN_SNAPSHOT, LEGACY_PV_INSTANCE_STORE.id());
        }

        @Test
        void anInstanceStoreRootHasNoVolumeType() {
            assertRefused(launch(request(LEGACY_PV_INSTANCE_STORE, "m1.small").withRootVolumeType(VolumeType.GP3)),
                    Refusal.INSTANCE_STORE_ROOT_HAS_NO_VOLUME_TYPE, LEGACY_PV_INSTANCE_STORE.id());
        }
    }

    @Nested
    class ExtraDevices {

        @Test
        void extraEbsVolumesAreCreatedWithTheirSizeTypeAndFlag() {
            Instance instance = launch(request(AL2023_X86, "t3.micro")
                    .withMapping(BlockDeviceMapping.ebs("/dev/sdf", EbsBlockDevice.blank(500, VolumeType.ST1, false)))).value().get(0);

            assertThat(playground.volumes()).filteredOn(v -> v.deviceName().equals("/dev/sdf")).singleElement()
                    .satisfies(data -> {
                        assertThat(data.instanceId()).isEqualTo(instance.id());
                        assertThat(data.sizeGiB()).isEqualTo(500);
                        assertThat(data.volumeType()).isEqualTo(VolumeType.ST1);
                        assertThat(data.deleteOnTermination()).isFalse();
                    });
        }

        @Test
        void theAmisOwnExtraMappingsComeAlong() {
            launch(request(ACME_MARKETPLACE, "t3.micro")).value();

            assertThat(playground.volumes()).extracting(Volume::deviceName, Volume::deleteOnTermination)
                    .containsExactlyInAnyOrder(tuple("/dev/xvda", true),
                            tuple("/dev/sdf", false));
        }

        @Test
        void extraVolumeSizesFollowTheVolumeType() {
            assertRefused(launch(request(AL2023_X86, "t3.micro")
                            .withMapping(BlockDeviceMapping.ebs("/dev/sdf", EbsBlockDevice.blank(100, VolumeType.SC1, true)))),
                    Refusal.VOLUME_SIZE_OUT_OF_RANGE, "/dev/sdf", "sc1");
        }

        @Test
        void aDeviceNameCanBeMappedOnlyOnce() {
            BlockDeviceMapping data = BlockDeviceMapping.ebs("/dev/sdf", EbsBlockDevice.blank(10, VolumeType.GP3, true));
            BlockDeviceMapping onRoot = BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.blank(10, VolumeType.GP3, true));

            assertRefused(launch(request(AL2023_X86, "t3.micro").withMapping(data).withMapping(data)),
                    Refusal.DUPLICATE_DEVICE, "/dev/sdf");
            assertRefused(launch(request(AL2023_X86, "t3.micro").withMapping(onRoot)), Refusal.DUPLICATE_DEVICE, "/dev/xvda");
        }

        @Test
        void instanceStoreVolumesOnlyWhereTheTypeHasThem() {
            BlockDeviceMapping second = BlockDeviceMapping.instanceStore("/dev/sdc", 1);

            assertRefused(launch(request(AL2023_X86, "t3.micro").withMapping(BlockDeviceMapping.instanceStore("/dev/sdb", 0))),
                    Refusal.NO_SUCH_INSTANCE_STORE_VOLUME, "t3.micro");
            assertRefused(launch(request(AL2023_X86, "m3.medium").withMapping(second)),
                    Refusal.NO_SUCH_INSTANCE_STORE_VOLUME, "m3.medium", "ephemeral1");
            assertThat(launch(request(AL2023_X86, "c3.large").withMapping(second)).value().get(0).instanceStoreMappings())
                    .containsExactly(second);
        }

        @Test
        void theAmisInstanceStoreMappingsAreKeptWhereTheTypeHasTheVolumes() {
            Instance instance = launch(request(LEGACY_PV_INSTANCE_STORE, "m3.medium")).value().get(0);

            assertThat(instance.instanceStoreMappings()).extracting(BlockDeviceMapping::virtualName).containsExactly("ephemeral0");
        }
    }

    @Nested
    class CountAndQuota {

        @Test
        void atLeastOneInstance() {
            assertRefused(launch(request(AL2023_X86, "t3.micro").withCount(0)), Refusal.COUNT_TOO_SMALL, "0");
        }

        @Test
        void severalInstancesEachGetTheirOwnIdAndRootVolume() {
            List<Instance> launched = launch(request(WINDOWS_2022, "t3.medium").withCount(3)).value();

            assertThat(launched).extracting(Instance::id).doesNotHaveDuplicates().hasSize(3)
                    .allMatch(id -> id.matches("i-[0-9a-f]{17}"));
            assertThat(launched).extracting(Instance::platform).containsOnly(Platform.WINDOWS);
            assertThat(playground.volumes()).extracting(Volume::instanceId).containsExactlyInAnyOrderElementsOf(
                    launched.stream().map(Instance::id).toList());
            assertThat(playground.volumes()).extracting(Volume::id).allMatch(id -> id.matches("vol-[0-9a-f]{17}"));
        }

        @Test
        void theQuotaCountsInstancesThatAreNotTerminated() {
            PlaygroundFixture small = new PlaygroundFixture(new PlaygroundSettings(3), 7);
            List<Instance> two = small.playground.launch(ALICE, request(AL2023_X86, "t3.micro").withCount(2)).value();

            Ec2Error error = assertRefused(small.playground.launch(ALICE, request(AL2023_X86, "t3.micro").withCount(2)),
                    Refusal.INSTANCE_LIMIT_EXCEEDED, "(4)", "limit of 3");
            assertThat(error.code()).isEqualTo("InstanceLimitExceeded");

            small.playground.terminate(ALICE, two.get(0).id()).value();
            assertRefused(small.playground.launch(ALICE, request(AL2023_X86, "t3.micro").withCount(2)),
                    Refusal.INSTANCE_LIMIT_EXCEEDED);
            small.advance(LifecycleDurations.SHUTTING_DOWN);
            assertThat(small.playground.launch(ALICE, request(AL2023_X86, "t3.micro").withCount(2)).isSuccess()).isTrue();
        }

        @Test
        void aRefusedLaunchCreatesNothingAndIsLogged() {
            assertRefused(launch(request(AL2023_ARM, "t3.micro")), Refusal.ARCHITECTURE_MISMATCH);

            assertThat(playground.instances()).isEmpty();
            assertThat(playground.volumes()).isEmpty();
            assertThat(playground.events()).singleElement().satisfies(event -> {
                assertThat(event.type()).isEqualTo(EventType.LAUNCH);
                assertThat(event.accepted()).isFalse();
                assertThat(event.errorCode()).isEqualTo("InvalidParameterValue");
                assertThat(event.targetId()).isEqualTo(AL2023_ARM.id());
            });
        }
    }

    @Nested
    class NameAndProtection {

        @Test
        void everyInstanceOfALaunchCarriesTheName() {
            List<Instance> launched = launch(request(AL2023_X86, "t3.micro").withCount(2).withName("  web server ")).value();

            assertThat(launched).extracting(Instance::name).containsOnly("web server");
        }

        @Test
        void aNameIsATagValueOfAtMost256Characters() {
            assertThat(launch(request(AL2023_X86, "t3.micro").withName("n".repeat(256))).isSuccess()).isTrue();

            Ec2Error error = assertRefused(launch(request(AL2023_X86, "t3.micro").withName("n".repeat(257))),
                    Refusal.NAME_TOO_LONG, "256 characters");
            assertThat(ShippedExplanations.explain(error).text()).contains("257");
        }

        @Test
        void bothProtectionsCanBeOnFromTheStart() {
            Instance instance = launch(request(AL2023_X86, "t3.micro").withTerminationProtection(true)
                    .withStopProtection(true)).value().get(0);

            assertThat(instance.terminationProtection()).isTrue();
            assertThat(instance.stopProtection()).isTrue();
        }

        @Test
        void anInstanceStoreBackedInstanceCannotStartWithStopProtection() {
            assertRefused(launch(request(LEGACY_PV_INSTANCE_STORE, "m1.small").withStopProtection(true)),
                    Refusal.STOP_PROTECTION_AT_LAUNCH_NOT_SUPPORTED, LEGACY_PV_INSTANCE_STORE.id());

            assertThat(launch(request(LEGACY_PV_INSTANCE_STORE, "m1.small").withTerminationProtection(true)).value().get(0)
                    .terminationProtection()).isTrue();
            assertThat(playground.instances()).hasSize(1);
        }
    }
}
