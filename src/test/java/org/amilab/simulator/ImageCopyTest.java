package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ACCOUNT;
import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.Refusals.assertRefused;
import static org.amilab.simulator.TestCatalog.ACME_MARKETPLACE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.amilab.simulator.TestCatalog.EU_CENTRAL_1;
import static org.amilab.simulator.TestCatalog.LEGACY_PV_INSTANCE_STORE;
import static org.amilab.simulator.TestCatalog.US_EAST_1;
import static org.amilab.simulator.TestCatalog.US_WEST_2;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.amilab.content.ShippedExplanations;
import org.junit.jupiter.api.Test;

/** CopyImage: the learner's own AMI in another region, with a new id and storage of its own there. */
class ImageCopyTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;

    /** An available EBS-backed AMI of the learner's own, made from a Marketplace instance with a data volume. */
    private Ami ownEbsImage(String name) {
        String id = fixture.running(ACME_MARKETPLACE, "t3.micro");
        Ami ami = playground.createImage(ALICE, CreateImageRequest.of(id, name)).value();
        fixture.advance(LifecycleDurations.imageCreation(30));
        return playground.image(ami.id()).orElseThrow();
    }

    private Ami ownInstanceStoreImage(String name) {
        String id = fixture.launch(LEGACY_PV_INSTANCE_STORE, "m1.small").id();
        fixture.advance(LifecycleDurations.INSTANCE_STORE_BOOT);
        Ami ami = playground.bundleInstance(ALICE, BundleInstanceRequest.of(id, name)).value();
        fixture.advance(LifecycleDurations.bundling(ami.rootSnapshotSizeGiB()));
        return playground.image(ami.id()).orElseThrow();
    }

    private Ami copy(Ami source, String region, String name) {
        return playground.copyImage(ALICE, CopyImageRequest.of(source, region, name)).value();
    }

    @Test
    void anEbsBackedCopyGetsANewIdAndNewSnapshotsInTheTargetRegion() {
        Ami source = ownEbsImage("shop-web-1");
        playground.modifyLaunchPermission(ALICE, source.id(), LaunchPermissionChange.shareWith("210987654321")).value();
        List<Snapshot> sourceSnapshots = playground.snapshots();

        Ami copy = copy(source, EU_CENTRAL_1, "shop-web-1");

        assertThat(copy.id()).matches("ami-[0-9a-f]{17}").isNotEqualTo(source.id());
        assertThat(copy.region()).isEqualTo(EU_CENTRAL_1);
        assertThat(copy.state()).isEqualTo(ImageState.PENDING);
        assertThat(copy.source()).isEqualTo(AmiSource.MY_AMIS);
        assertThat(copy.ownerId()).isEqualTo(ACCOUNT);
        assertThat(copy.launchPermission()).as("launch permissions are not copied").isEqualTo(LaunchPermission.PRIVATE);
        assertThat(copy.description()).startsWith("[Copied " + source.id() + " from us-east-1]");
        assertThat(copy.rootDeviceType()).isEqualTo(RootDeviceType.EBS);
        assertThat(copy.softwareHourlyUsd()).isEqualByComparingTo(source.softwareHourlyUsd());
        List<Snapshot> copies = playground.snapshots().stream().filter(s -> s.imageId().equals(copy.id())).toList();
        assertThat(copies).hasSize(sourceSnapshots.size()).allSatisfy(s -> {
            assertThat(s.region()).isEqualTo(EU_CENTRAL_1);
            assertThat(s.volumeId()).isEqualTo("vol-ffffffff");
        });
        assertThat(copies).extracting(Snapshot::sizeGiB)
                .containsExactlyInAnyOrderElementsOf(sourceSnapshots.stream().map(Snapshot::sizeGiB).toList());
        assertThat(copy.blockDeviceMappings()).extracting(m -> m.ebsVolume().snapshotId())
                .containsExactlyInAnyOrderElementsOf(copies.stream().map(Snapshot::id).toList());
        assertThat(playground.image(source.id())).get().extracting(Ami::state, Ami::region)
                .containsExactly(ImageState.AVAILABLE, US_EAST_1);
        assertThat(playground.events()).last().extracting(PlaygroundEvent::type, PlaygroundEvent::targetId,
                PlaygroundEvent::result).containsExactly(EventType.COPY_IMAGE, source.id(), copy.id() + " in eu-central-1");
    }

    @Test
    void theCopyIsPendingUntilCopiedThenLaunchesOnlyInItsOwnRegion() {
        Ami source = ownEbsImage("shop-web-1");
        Ami copy = copy(source, EU_CENTRAL_1, "shop-web-1");

        assertRefused(playground.launch(ALICE, LaunchRequest.of(EU_CENTRAL_1, copy.id(), "t3.micro")),
                Refusal.AMI_NOT_AVAILABLE, copy.id(), "pending");
        fixture.advance(LifecycleDurations.imageCopy(30));

        Instance child = fixture.launch(LaunchRequest.of(EU_CENTRAL_1, copy.id(), "t3.micro"));
        assertThat(child.region()).isEqualTo(EU_CENTRAL_1);
        assertThat(playground.volumes()).filteredOn(v -> v.attachedTo(child.id()))
                .extracting(Volume::region).containsOnly(EU_CENTRAL_1);
        assertRefused(playground.launch(ALICE, LaunchRequest.of(US_EAST_1, copy.id(), "t3.micro")),
                Refusal.AMI_NOT_FOUND, copy.id());
    }

    @Test
    void copiedSnapshotsAreBilledAtTheTargetRegionsRate() {
        Ami source = ownEbsImage("shop-web-1");
        Ami copy = copy(source, EU_CENTRAL_1, "shop-web-1");
        Instant copiedAt = fixture.now();
        fixture.advance(Duration.ofDays(30));

        for (Snapshot snapshot : playground.snapshots()) {
            String region = snapshot.imageId().equals(copy.id()) ? EU_CENTRAL_1 : US_EAST_1;
            long seconds = Duration.between(snapshot.createdAt(), fixture.now()).getSeconds();
            assertThat(playground.costs(snapshot.createdAt(), fixture.now()).forResource(snapshot.id()))
                    .as(snapshot.id() + " in " + region)
                    .isEqualTo(Money.forStorage(TestCatalog.PRICES.snapshotRate(region), snapshot.sizeGiB(), seconds, 730));
        }
        CostBreakdown cost = playground.costs(copiedAt, fixture.now());
        Money copies = sumFor(cost, copy.id());
        Money originals = sumFor(cost, source.id());
        assertThat(copies).as("the same gigabytes cost 1.2 times as much in Frankfurt").isGreaterThan(originals);
        assertThat(cost.total(CostCategory.AMI_STORAGE)).as("stored in both regions now").isEqualTo(copies.plus(originals));
    }

    private Money sumFor(CostBreakdown cost, String imageId) {
        return playground.snapshots().stream().filter(s -> s.imageId().equals(imageId))
                .map(s -> cost.forResource(s.id())).reduce(Money.ZERO, Money::plus);
    }

    @Test
    void anInstanceStoreCopyGetsABundleOfItsOwnInTheTargetRegionBilledAtItsS3Rate() {
        Ami source = ownInstanceStoreImage("legacy-web");
        Ami copy = copy(source, EU_CENTRAL_1, "legacy-web");
        Instant copiedAt = fixture.now();

        assertThat(copy.rootDeviceType()).isEqualTo(RootDeviceType.INSTANCE_STORE);
        assertThat(copy.rootSnapshotSizeGiB()).isEqualTo(source.rootSnapshotSizeGiB());
        ImageBundle bundle = playground.bundles().stream().filter(b -> b.imageId().equals(copy.id())).findFirst().orElseThrow();
        assertThat(bundle.location()).isEqualTo(ACCOUNT + "-ami-bundles-eu-central-1/" + copy.id() + ".manifest.xml");
        assertThat(playground.bundles()).hasSize(2);

        fixture.advance(Duration.ofDays(30));
        // 8 GiB x ($0.023 x 1.20) per GB-month x 2,592,000 s / 2,628,000 s = $0.21777534...
        assertThat(playground.costs(copiedAt, fixture.now()).forResource(bundle.location()))
                .isEqualTo(Money.of("0.2177753425"));

        assertRefused(playground.launch(ALICE, LaunchRequest.of(EU_CENTRAL_1, copy.id(), "m1.small")
                .withRootVolumeSize(11)), Refusal.INSTANCE_STORE_ROOT_TOO_LARGE);
        String child = fixture.launch(LaunchRequest.of(EU_CENTRAL_1, copy.id(), "m1.small")).id();
        fixture.advance(LifecycleDurations.INSTANCE_STORE_BOOT);
        assertRefused(playground.stop(ALICE, child), Refusal.STOP_INSTANCE_STORE, child);
    }

    @Test
    void aPendingImageCannotBeCopiedYet() {
        String id = fixture.stopped(AL2023_X86, "t3.micro");
        Ami pending = playground.createImage(ALICE, CreateImageRequest.of(id, "golden")).value();

        Ec2Error error = assertRefused(playground.copyImage(ALICE, CopyImageRequest.of(pending, EU_CENTRAL_1, "golden")),
                Refusal.COPY_SOURCE_PENDING, pending.id());

        assertThat(error.code()).isEqualTo("InvalidAMIID.Unavailable");
        assertThat(ImageAction.COPY.refusal(pending, ACCOUNT)).get().isEqualTo(error);
        assertThat(playground.myAmis()).hasSize(1);
    }

    @Test
    void regionsAndImagesMustExistWhereTheRequestSaysTheyAre() {
        Ami source = ownEbsImage("shop-web-1");

        assertRefused(playground.copyImage(ALICE, CopyImageRequest.of(source, "eu-north-9", "copy")),
                Refusal.UNKNOWN_REGION, "eu-north-9");
        assertRefused(playground.copyImage(ALICE, new CopyImageRequest("mars-1", source.id(), EU_CENTRAL_1, "copy", "")),
                Refusal.UNKNOWN_REGION, "mars-1");
        assertRefused(playground.copyImage(ALICE, new CopyImageRequest(US_WEST_2, source.id(), EU_CENTRAL_1, "copy", "")),
                Refusal.AMI_NOT_FOUND, source.id());
        assertRefused(playground.copyImage(ALICE, new CopyImageRequest(US_EAST_1, "ami-xyz", EU_CENTRAL_1, "copy", "")),
                Refusal.AMI_ID_MALFORMED, "ami-xyz");
        assertRefused(playground.copyImage(ALICE, CopyImageRequest.of(source, EU_CENTRAL_1, "x")),
                Refusal.IMAGE_NAME_MALFORMED);

        playground.deregisterImage(ALICE, source.id()).value();
        assertRefused(playground.copyImage(ALICE, CopyImageRequest.of(source, EU_CENTRAL_1, "copy")),
                Refusal.AMI_NOT_FOUND, source.id());
        assertThat(playground.myAmis()).isEmpty();
        assertThat(playground.snapshots()).allMatch(s -> s.region().equals(US_EAST_1));
    }

    @Test
    void namesAreUniquePerRegionSoTheSameNameMayBeUsedInEach() {
        Ami source = ownEbsImage("shop-web-1");
        Ami frankfurt = copy(source, EU_CENTRAL_1, "shop-web-1");

        assertRefused(playground.copyImage(ALICE, CopyImageRequest.of(source, EU_CENTRAL_1, "shop-web-1")),
                Refusal.IMAGE_NAME_DUPLICATE, "shop-web-1", frankfurt.id());
        Ami sameRegion = copy(source, US_EAST_1, "shop-web-1 copy");
        assertThat(sameRegion.region()).as("EC2 also copies within a region").isEqualTo(US_EAST_1);
    }

    @Test
    void aCopyCanBeCopiedAgainOnceAvailable() {
        Ami source = ownEbsImage("shop-web-1");
        Ami frankfurt = copy(source, EU_CENTRAL_1, "shop-web-1");
        fixture.advance(LifecycleDurations.imageCopy(30));

        Ami oregon = copy(playground.image(frankfurt.id()).orElseThrow(), US_WEST_2, "shop-web-1");

        assertThat(oregon.description()).startsWith("[Copied " + frankfurt.id() + " from eu-central-1]");
        assertThat(playground.myAmis()).extracting(Ami::region).containsExactlyInAnyOrder(US_EAST_1, EU_CENTRAL_1, US_WEST_2);
    }

    @Test
    void anotherAccountsImagesAreNotCopied() {
        Ec2Error quickStart = assertRefused(playground.copyImage(ALICE, CopyImageRequest.of(AL2023_X86, EU_CENTRAL_1, "mine")),
                Refusal.COPY_STORAGE_NOT_SHARED);
        Ec2Error marketplace = assertRefused(playground.copyImage(ALICE,
                CopyImageRequest.of(ACME_MARKETPLACE, EU_CENTRAL_1, "mine")), Refusal.COPY_MARKETPLACE);

        assertThat(quickStart.code()).isEqualTo("InvalidRequest");
        assertThat(ShippedExplanations.explain(quickStart).text()).contains(AL2023_X86.id());
        assertThat(marketplace.message()).contains("AWS Marketplace");
        assertThat(ImageAction.COPY.refusal(ACME_MARKETPLACE, ACCOUNT)).get().isEqualTo(marketplace);
        assertThat(playground.myAmis()).isEmpty();
    }
}
