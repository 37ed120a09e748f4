package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ACCOUNT;
import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.Refusals.assertRefused;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.amilab.simulator.TestCatalog.CENTOS_HVM_INSTANCE_STORE;
import static org.amilab.simulator.TestCatalog.LEGACY_PV_INSTANCE_STORE;
import static org.amilab.simulator.TestCatalog.US_EAST_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import org.amilab.content.ShippedExplanations;
import org.junit.jupiter.api.Test;

/** Capturing an instance store-backed instance: bundle the root device into S3, register it as an AMI. */
class BundlingTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;

    private String runningInstanceStore(Ami ami, String type, int rootGiB) {
        String id = fixture.launch(LaunchRequest.of(ami.region(), ami.id(), type).withRootVolumeSize(rootGiB)).id();
        fixture.advance(LifecycleDurations.INSTANCE_STORE_BOOT);
        return id;
    }

    private Ami bundle(String instanceId, String name) {
        return playground.bundleInstance(ALICE, BundleInstanceRequest.of(instanceId, name)).value();
    }

    @Test
    void aRunningInstanceStoreInstanceBecomesAnInstanceStoreAmiOfMyOwnStoredInS3() {
        String id = runningInstanceStore(LEGACY_PV_INSTANCE_STORE, "m1.small", 9);
        Instant bundledAt = fixture.now();

        Ami ami = bundle(id, "legacy-web 1");

        assertThat(ami.state()).isEqualTo(ImageState.PENDING);
        assertThat(ami.source()).isEqualTo(AmiSource.MY_AMIS);
        assertThat(ami.ownerId()).isEqualTo(ACCOUNT);
        assertThat(ami.launchPermission().isPublic()).isFalse();
        assertThat(ami.rootDeviceType()).isEqualTo(RootDeviceType.INSTANCE_STORE);
        assertThat(ami.virtualizationType()).isEqualTo(VirtualizationType.PARAVIRTUAL);
        assertThat(ami.rootSnapshotSizeGiB()).as("the whole root device").isEqualTo(9);
        assertThat(ami.region()).isEqualTo(US_EAST_1);
        assertThat(ami.operatingSystem()).isEqualTo(LEGACY_PV_INSTANCE_STORE.operatingSystem());
        assertThat(ami.blockDeviceMappings()).extracting(BlockDeviceMapping::deviceName, BlockDeviceMapping::virtualName)
                .containsExactly(tuple("/dev/sdb", "ephemeral0"));
        assertThat(playground.bundles()).singleElement().satisfies(bundle -> {
            assertThat(bundle.location()).isEqualTo(ACCOUNT + "-ami-bundles-us-east-1/" + ami.id() + ".manifest.xml");
            assertThat(bundle.region()).isEqualTo(US_EAST_1);
            assertThat(bundle.sizeGiB()).isEqualTo(9);
            assertThat(bundle.imageId()).isEqualTo(ami.id());
            assertThat(bundle.createdAt()).isEqualTo(bundledAt);
        });
        assertThat(playground.snapshots()).as("no EBS snapshots").isEmpty();
        assertThat(fixture.state(id)).as("bundling does not stop or reboot the instance").isEqualTo(InstanceState.RUNNING);
        assertThat(playground.events()).filteredOn(e -> e.type() == EventType.REBOOT).isEmpty();
        assertThat(playground.events()).last().extracting(PlaygroundEvent::type, PlaygroundEvent::targetId,
                PlaygroundEvent::result).containsExactly(EventType.BUNDLE_INSTANCE, id, ami.id());
    }

    @Test
    void theBundledImageIsPendingUntilUploadedThenAvailable() {
        String id = runningInstanceStore(LEGACY_PV_INSTANCE_STORE, "m1.small", 8);
        Ami ami = bundle(id, "legacy-web");
        Duration upload = LifecycleDurations.bundling(8);

        fixture.advance(upload.minusSeconds(1));
        assertThat(playground.image(ami.id())).get().extracting(Ami::state).isEqualTo(ImageState.PENDING);
        assertRefused(playground.launch(ALICE, LaunchRequest.of(US_EAST_1, ami.id(), "m1.small")),
                Refusal.AMI_NOT_AVAILABLE, ami.id(), "pending");

        fixture.advance(Duration.ofSeconds(1));
        assertThat(playground.image(ami.id())).get().extracting(Ami::state).isEqualTo(ImageState.AVAILABLE);
        assertThat(playground.events()).last().extracting(PlaygroundEvent::type, PlaygroundEvent::targetId,
                PlaygroundEvent::result).containsExactly(EventType.STATE_CHANGE, ami.id(), "available");
    }

    @Test
    void anInstanceLaunchedFromABundledImageFollowsEveryInstanceStoreRule() {
        String source = runningInstanceStore(CENTOS_HVM_INSTANCE_STORE, "m3.medium", 9);
        Ami ami = bundle(source, "centos-lab");
        fixture.advance(LifecycleDurations.bundling(9));
        String region = ami.region();

        assertRefused(playground.launch(ALICE, LaunchRequest.of(region, ami.id(), "m3.medium").withRootVolumeSize(11)),
                Refusal.INSTANCE_STORE_ROOT_TOO_LARGE, "11");
        assertRefused(playground.launch(ALICE, LaunchRequest.of(region, ami.id(), "m3.medium").withRootVolumeSize(8)),
                Refusal.ROOT_SMALLER_THAN_SNAPSHOT, ami.id(), "9");
        assertRefused(playground.launch(ALICE, LaunchRequest.of(region, ami.id(), "t3.micro")),
                Refusal.INSTANCE_STORE_ROOT_NOT_SUPPORTED, "t3.micro", ami.id());
        assertRefused(playground.launch(ALICE, LaunchRequest.of(region, ami.id(), "m3.medium")
                .withRootVolumeType(VolumeType.GP3)), Refusal.INSTANCE_STORE_ROOT_HAS_NO_VOLUME_TYPE, ami.id());

        Instance child = fixture.launch(LaunchRequest.of(region, ami.id(), "m3.medium").withRootVolumeSize(10));
        assertThat(child.rootDeviceType()).isEqualTo(RootDeviceType.INSTANCE_STORE);
        assertThat(child.rootSizeGiB()).isEqualTo(10);
        assertThat(playground.volumes()).as("no EBS root volume").noneMatch(v -> v.attachedTo(child.id()));
        fixture.advance(LifecycleDurations.EBS_BOOT);
        assertThat(fixture.state(child.id())).as("slower boot than EBS").isEqualTo(InstanceState.PENDING);
        fixture.advance(LifecycleDurations.INSTANCE_STORE_BOOT.minus(LifecycleDurations.EBS_BOOT));
        assertThat(fixture.state(child.id())).isEqualTo(InstanceState.RUNNING);
        assertRefused(playground.stop(ALICE, child.id()), Refusal.STOP_INSTANCE_STORE, child.id());
    }

    @Test
    void onlyARunningInstanceStoreInstanceCanBeBundled() {
        String ebs = fixture.running(AL2023_X86, "t3.micro");
        String gone = runningInstanceStore(LEGACY_PV_INSTANCE_STORE, "m3.medium", 8);
        playground.terminate(ALICE, gone).value();
        String pending = fixture.launch(LEGACY_PV_INSTANCE_STORE, "m1.small").id();

        Ec2Error fromEbs = assertRefused(playground.bundleInstance(ALICE, BundleInstanceRequest.of(ebs, "from-ebs")),
                Refusal.BUNDLE_EBS_BACKED, ebs);
        assertThat(ShippedExplanations.explain(fromEbs).text()).contains("Create image");
        assertRefused(playground.bundleInstance(ALICE, BundleInstanceRequest.of(pending, "too-early")),
                Refusal.BUNDLE_NOT_RUNNING, pending);
        assertRefused(playground.bundleInstance(ALICE, BundleInstanceRequest.of(gone, "too-late")),
                Refusal.BUNDLE_NOT_RUNNING, gone);
        assertRefused(playground.bundleInstance(ALICE, BundleInstanceRequest.of("i-0123456789abcdef0", "nobody")),
                Refusal.INSTANCE_NOT_FOUND, "i-0123456789abcdef0");
        assertThat(playground.myAmis()).isEmpty();
        assertThat(playground.bundles()).isEmpty();
        assertThat(playground.events()).filteredOn(e -> e.type() == EventType.BUNDLE_INSTANCE)
                .extracting(PlaygroundEvent::errorCode)
                .containsExactly("UnsupportedOperation", "IncorrectInstanceState", "IncorrectInstanceState",
                        "InvalidInstanceID.NotFound");
    }

    @Test
    void createImageAndBundleEachPointToTheOther() {
        String local = runningInstanceStore(LEGACY_PV_INSTANCE_STORE, "m1.small", 8);
        String ebs = fixture.running(AL2023_X86, "t3.micro");

        assertThat(InstanceAction.CREATE_IMAGE.refusal(fixture.instance(local), fixture.now())).get()
                .extracting(Ec2Error::reason).isEqualTo(Refusal.CREATE_IMAGE_FROM_INSTANCE_STORE);
        assertThat(InstanceAction.BUNDLE_IMAGE.refusal(fixture.instance(ebs), fixture.now())).get()
                .extracting(Ec2Error::reason).isEqualTo(Refusal.BUNDLE_EBS_BACKED);
        assertThat(InstanceAction.BUNDLE_IMAGE.refusal(fixture.instance(local), fixture.now())).isEmpty();
        assertThat(InstanceAction.BUNDLE_IMAGE.acts(fixture.instance(local), fixture.now())).isTrue();
    }

    @Test
    void namesFollowTheSameRulesAsCreatedImages() {
        String id = runningInstanceStore(LEGACY_PV_INSTANCE_STORE, "m1.small", 8);
        Ami first = bundle(id, "legacy");

        assertRefused(playground.bundleInstance(ALICE, BundleInstanceRequest.of(id, "legacy")),
                Refusal.IMAGE_NAME_DUPLICATE, "legacy", first.id());
        assertRefused(playground.bundleInstance(ALICE, BundleInstanceRequest.of(id, "no")), Refusal.IMAGE_NAME_MALFORMED);
        assertThat(playground.bundles()).hasSize(1);
    }

    @Test
    void theBundleIsBilledAtTheS3RateUntilItIsDeletedNotJustDeregistered() {
        String id = runningInstanceStore(LEGACY_PV_INSTANCE_STORE, "m1.small", 8);
        Ami ami = bundle(id, "legacy");
        String location = playground.bundles().get(0).location();
        Instant bundledAt = fixture.now();
        playground.terminate(ALICE, id).value();
        fixture.advance(Duration.ofDays(30));

        // 8 GiB x $0.023 per GB-month x 2,592,000 s / 2,628,000 s (a 730 h month) = $0.18147945...
        Money month = playground.costs(bundledAt, fixture.now()).forResource(location);
        assertThat(month).isEqualTo(Money.of("0.1814794521"));
        assertThat(playground.costs(bundledAt, fixture.now()).total(CostCategory.AMI_STORAGE)).isEqualTo(month);
        assertThat(playground.monthlyProjection().forResource(location))
                .isEqualTo(Money.forStorage(TestCatalog.PRICES.s3Rate(US_EAST_1), 8, 730 * 3600, 730));

        Ec2Error inUse = assertRefused(playground.deleteBundle(ALICE, location), Refusal.BUNDLE_IN_USE, location, ami.id());
        assertThat(ShippedExplanations.explain(inUse).text()).contains("Deregister");
        playground.deregisterImage(ALICE, ami.id()).value();
        Instant deregisteredAt = fixture.now();
        fixture.advance(Duration.ofDays(1));
        assertThat(playground.costs(deregisteredAt, fixture.now()).forResource(location))
                .as("deregistering leaves the files in S3").isGreaterThan(Money.ZERO);

        ImageBundle deleted = playground.deleteBundle(ALICE, location).value();
        assertThat(deleted.deletedAt()).contains(fixture.now());
        fixture.advance(Duration.ofDays(30));
        assertThat(playground.costs(deleted.deletedAt().orElseThrow(), fixture.now()).forResource(location)).isEqualTo(Money.ZERO);
        assertThat(playground.bundles()).isEmpty();
        assertThat(playground.monthlyProjection().total(CostCategory.AMI_STORAGE)).isEqualTo(Money.ZERO);
        assertRefused(playground.deleteBundle(ALICE, location), Refusal.BUNDLE_NOT_FOUND, "key");
        assertThat(playground.events()).filteredOn(e -> e.type() == EventType.DELETE_BUNDLE)
                .extracting(PlaygroundEvent::result).containsExactly(PlaygroundEvent.REFUSED, "deleted",
                        PlaygroundEvent.REFUSED);
    }
}
