package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ACCOUNT;
import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.Refusals.assertRefused;
import static org.amilab.simulator.TestCatalog.ACME_MARKETPLACE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.amilab.simulator.TestCatalog.LEGACY_PV_INSTANCE_STORE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImagesTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;

    private Ami createImage(String instanceId, String name) {
        return playground.createImage(ALICE, CreateImageRequest.of(instanceId, name)).value();
    }

    private void waitUntilAvailable(Ami ami) {
        fixture.advance(LifecycleDurations.imageCreation(ami.blockDeviceMappings().stream()
                .filter(BlockDeviceMapping::isEbs).mapToInt(m -> m.ebsVolume().volumeSize()).sum()));
    }

    @Test
    void anImageOfARunningInstanceIsPendingThenAvailableAndCarriesItsDevices() {
        String id = fixture.running(ACME_MARKETPLACE, "t3.micro");

        Ami ami = createImage(id, "my-hardened-web 1.0");

        assertThat(ami.id()).matches("ami-[0-9a-f]{17}");
        assertThat(ami.state()).isEqualTo(ImageState.PENDING);
        assertThat(ami.source()).isEqualTo(AmiSource.MY_AMIS);
        assertThat(ami.ownerId()).isEqualTo(ACCOUNT);
        assertThat(ami.launchPermission().isPublic()).isFalse();
        assertThat(ami.region()).isEqualTo(ACME_MARKETPLACE.region());
        assertThat(ami.softwareHourlyUsd()).isEqualByComparingTo(ACME_MARKETPLACE.softwareHourlyUsd());
        assertThat(ami.blockDeviceMappings()).extracting(BlockDeviceMapping::deviceName).containsExactlyInAnyOrder("/dev/xvda", "/dev/sdf");
        assertThat(playground.snapshots()).hasSize(2).allMatch(s -> s.imageId().equals(ami.id()));
        assertThat(ami.blockDeviceMappings()).extracting(m -> m.ebsVolume().snapshotId())
                .containsExactlyInAnyOrderElementsOf(playground.snapshots().stream().map(Snapshot::id).toList());
        assertThat(fixture.state(id)).isEqualTo(InstanceState.RUNNING);

        waitUntilAvailable(ami);
        assertThat(playground.myAmis()).singleElement().extracting(Ami::state).isEqualTo(ImageState.AVAILABLE);
    }

    @Test
    void aRunningInstanceIsRebootedFirstUnlessNoRebootIsAsked() {
        String id = fixture.running(AL2023_X86, "t3.micro");

        createImage(id, "with-reboot");
        playground.createImage(ALICE, new CreateImageRequest(id, "without-reboot", "", true)).value();

        assertThat(playground.events()).filteredOn(e -> e.type() == EventType.REBOOT).hasSize(1);
    }

    @Test
    void aPendingImageCannotBeLaunchedYet() {
        String id = fixture.stopped(AL2023_X86, "t3.micro");
        Ami ami = createImage(id, "golden");

        assertRefused(playground.launch(ALICE, LaunchRequest.of(ami.region(), ami.id(), "t3.micro")),
                Refusal.AMI_NOT_AVAILABLE, ami.id(), "pending");
        waitUntilAvailable(ami);

        Instance copy = playground.launch(ALICE, LaunchRequest.of(ami.region(), ami.id(), "m5.large")).value().get(0);
        assertThat(copy.imageId()).isEqualTo(ami.id());
    }

    @Test
    void onlyRunningOrStoppedEbsBackedInstancesCanBeImaged() {
        String local = fixture.running(LEGACY_PV_INSTANCE_STORE, "m1.small");
        String pending = fixture.launch(AL2023_X86, "t3.micro").id();

        assertRefused(playground.createImage(ALICE, CreateImageRequest.of(pending, "too-early")),
                Refusal.CREATE_IMAGE_NOT_POSSIBLE, pending);
        assertRefused(playground.createImage(ALICE, CreateImageRequest.of(local, "from-instance-store")),
                Refusal.CREATE_IMAGE_FROM_INSTANCE_STORE, local);
        assertThat(playground.myAmis()).isEmpty();
        assertThat(playground.snapshots()).isEmpty();
    }

    @Test
    void namesMustBeValidAndUniqueInTheRegion() {
        String id = fixture.stopped(AL2023_X86, "t3.micro");
        Ami first = createImage(id, "golden");

        assertRefused(playground.createImage(ALICE, CreateImageRequest.of(id, "golden")),
                Refusal.IMAGE_NAME_DUPLICATE, "golden", first.id());
        assertRefused(playground.createImage(ALICE, CreateImageRequest.of(id, "x")), Refusal.IMAGE_NAME_MALFORMED);
        assertRefused(playground.createImage(ALICE, CreateImageRequest.of(id, "bad*name")), Refusal.IMAGE_NAME_MALFORMED);
    }

    @Test
    void deregisteringTwiceIsRefusedAndTheSnapshotsStay() {
        String id = fixture.stopped(AL2023_X86, "t3.micro");
        Ami ami = createImage(id, "golden");
        waitUntilAvailable(ami);

        assertThat(playground.deregisterImage(ALICE, ami.id()).value().state()).isEqualTo(ImageState.DEREGISTERED);

        Ec2Error again = assertRefused(playground.deregisterImage(ALICE, ami.id()), Refusal.IMAGE_ALREADY_DEREGISTERED, ami.id());
        assertThat(again.code()).isEqualTo("InvalidAMIID.Unavailable");
        assertThat(playground.myAmis()).isEmpty();
        assertThat(playground.image(ami.id())).isEmpty();
        assertThat(playground.snapshots()).hasSize(1);
        assertRefused(playground.launch(ALICE, LaunchRequest.of(ami.region(), ami.id(), "t3.micro")), Refusal.AMI_NOT_FOUND);
    }

    @Test
    void instancesLaunchedFromADeregisteredImageKeepRunning() {
        String source = fixture.stopped(AL2023_X86, "t3.micro");
        Ami ami = createImage(source, "golden");
        waitUntilAvailable(ami);
        String child = playground.launch(ALICE, LaunchRequest.of(ami.region(), ami.id(), "t3.micro")).value().get(0).id();
        fixture.advance(LifecycleDurations.EBS_BOOT);

        playground.deregisterImage(ALICE, ami.id()).value();
        fixture.advance(Duration.ofHours(2));

        assertThat(fixture.state(child)).isEqualTo(InstanceState.RUNNING);
        assertThat(playground.stop(ALICE, child).isSuccess()).isTrue();
    }

    @Test
    void aSnapshotCanOnlyBeDeletedOnceItsImageIsDeregistered() {
        String id = fixture.stopped(AL2023_X86, "t3.micro");
        Ami ami = createImage(id, "golden");
        Snapshot snapshot = playground.snapshots().get(0);

        Ec2Error inUse = assertRefused(playground.deleteSnapshot(ALICE, snapshot.id()), Refusal.SNAPSHOT_IN_USE,
                snapshot.id(), ami.id());
        assertThat(inUse.code()).isEqualTo("InvalidSnapshot.InUse");

        playground.deregisterImage(ALICE, ami.id()).value();
        Instant deletedAt = fixture.now();
        assertThat(playground.deleteSnapshot(ALICE, snapshot.id()).value().deletedAt()).contains(deletedAt);
        assertThat(playground.snapshots()).isEmpty();
        assertRefused(playground.deleteSnapshot(ALICE, snapshot.id()), Refusal.SNAPSHOT_NOT_FOUND, snapshot.id());
        assertRefused(playground.deleteSnapshot(ALICE, "snap-1"), Refusal.SNAPSHOT_ID_MALFORMED, "snap-1");
    }

    @Test
    void catalogImagesBelongToOthers() {
        Ec2Error error = assertRefused(playground.deregisterImage(ALICE, AL2023_X86.id()), Refusal.IMAGE_NOT_OWNED, AL2023_X86.id());

        assertThat(error.code()).isEqualTo("AuthFailure");
        assertRefused(playground.modifyLaunchPermission(ALICE, AL2023_X86.id(), LaunchPermissionChange.makePrivate()),
                Refusal.IMAGE_NOT_OWNED);
        assertRefused(playground.deregisterImage(ALICE, "ami-0123456789abcdef0"), Refusal.AMI_NOT_FOUND);
    }

    @Test
    void launchPermissionsAreIdempotentAndValidatedAsAWhole() {
        String id = fixture.stopped(AL2023_X86, "t3.micro");
        Ami ami = createImage(id, "shared");

        Ami shared = playground.modifyLaunchPermission(ALICE, ami.id(), LaunchPermissionChange.shareWith("210987654321")).value();
        Ami sharedAgain = playground.modifyLaunchPermission(ALICE, ami.id(), LaunchPermissionChange.shareWith("210987654321")).value();
        assertThat(shared.launchPermission().userIds()).containsExactly("210987654321");
        assertThat(sharedAgain.launchPermission()).isEqualTo(shared.launchPermission());

        Ec2Error badUser = assertRefused(playground.modifyLaunchPermission(ALICE, ami.id(),
                LaunchPermissionChange.shareWith("111111111111", "12345")), Refusal.LAUNCH_PERMISSION_BAD_USER, "12345");
        assertThat(badUser.code()).isEqualTo("InvalidAMIAttributeItemValue");
        assertRefused(playground.modifyLaunchPermission(ALICE, ami.id(),
                new LaunchPermissionChange(List.of("everyone"), List.of(), List.of(),
                        List.of())), Refusal.LAUNCH_PERMISSION_BAD_GROUP, "everyone");
        assertThat(playground.myAmis().get(0).launchPermission()).isEqualTo(shared.launchPermission());

        Ec2Error blocked = assertRefused(playground.modifyLaunchPermission(ALICE, ami.id(), LaunchPermissionChange.makePublic()),
                Refusal.PUBLIC_SHARING_BLOCKED, "DisableImageBlockPublicAccess");
        assertThat(blocked.code()).as("block public access is on in a new account").isEqualTo("OperationNotPermitted");
        assertThat(playground.setImageBlockPublicAccess(ALICE, ami.region(), false).value()).isEqualTo("unblocked");
        assertThat(playground.modifyLaunchPermission(ALICE, ami.id(), LaunchPermissionChange.makePublic()).value()
                .launchPermission().isPublic()).isTrue();
        playground.setImageBlockPublicAccess(ALICE, ami.region(), true).value();
        assertThat(playground.myAmis().get(0).launchPermission().isPublic()).as("blocking withdraws nothing").isTrue();
        assertThat(playground.modifyLaunchPermission(ALICE, ami.id(), LaunchPermissionChange.unshareWith("210987654321"))
                .value().launchPermission().userIds()).isEmpty();
    }
}
