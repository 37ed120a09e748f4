package org.amilab.simulator;

import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.amilab.simulator.TestCatalog.INSTANCE_TYPES;
import static org.amilab.simulator.TestCatalog.LEGACY_PV_INSTANCE_STORE;
import static org.amilab.simulator.TestCatalog.REGIONS;
import static org.amilab.simulator.TestCatalog.SOFTWARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static Ami withIdAndRegion(Ami ami, String id, String region) {
        return new Ami(id, ami.name(), ami.description(), region, ami.source(), ami.platform(), ami.operatingSystem(),
                ami.architecture(), ami.rootDeviceType(), ami.rootDeviceName(), ami.virtualizationType(),
                ami.rootSnapshotSizeGiB(), ami.state(), ami.ownerId(), ami.ownerAlias(), ami.verifiedProvider(),
                ami.blockDeviceMappings(), ami.launchPermission(), ami.softwareHourlyUsd(), SoftwareConfiguration.NONE);
    }

    private static Ami withSource(Ami ami, AmiSource source, BigDecimal software) {
        return new Ami(ami.id(), ami.name(), ami.description(), ami.region(), source, ami.platform(), ami.operatingSystem(),
                ami.architecture(), ami.rootDeviceType(), ami.rootDeviceName(), ami.virtualizationType(),
                ami.rootSnapshotSizeGiB(), ami.state(), ami.ownerId(), ami.ownerAlias(), ami.verifiedProvider(),
                ami.blockDeviceMappings(), ami.launchPermission(), software, SoftwareConfiguration.NONE);
    }

    @Test
    void looksUpByIdAndListsPerRegionAndSource() {
        Catalog catalog = TestCatalog.catalog();

        assertThat(catalog.ami(AL2023_X86.id())).contains(AL2023_X86);
        assertThat(catalog.instanceType("t4g.micro")).map(InstanceType::architecture).contains(Architecture.ARM64);
        assertThat(catalog.amis("us-east-1", AmiSource.COMMUNITY)).allMatch(a -> a.region().equals("us-east-1"))
                .contains(LEGACY_PV_INSTANCE_STORE);
        assertThat(catalog.region("mars-north-1")).isEmpty();
    }

    @Test
    void idsMustBeUnique() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Catalog(REGIONS, INSTANCE_TYPES, List.of(AL2023_X86, AL2023_X86), SOFTWARE))
                .withMessageContaining(AL2023_X86.id());
    }

    @Test
    void anAmiMustBeInAKnownRegion() {
        Ami lost = withIdAndRegion(AL2023_X86, AL2023_X86.id(), "mars-north-1");

        assertThatIllegalArgumentException().isThrownBy(() -> new Catalog(REGIONS, INSTANCE_TYPES, List.of(lost), SOFTWARE));
    }

    @Test
    void listedAmisUseTheSeventeenDigitFormAndAreNotLearnersOwn() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Catalog(REGIONS, INSTANCE_TYPES,
                List.of(withIdAndRegion(AL2023_X86, "ami-12345678", "us-east-1")), SOFTWARE));
        assertThatIllegalArgumentException().isThrownBy(() -> new Catalog(REGIONS, INSTANCE_TYPES,
                List.of(withSource(AL2023_X86, AmiSource.MY_AMIS, BigDecimal.ZERO)), SOFTWARE));
    }

    @Test
    void onlyMarketplaceAmisChargeForSoftware() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Catalog(REGIONS, INSTANCE_TYPES,
                List.of(withSource(AL2023_X86, AmiSource.COMMUNITY, new BigDecimal("0.01"))), SOFTWARE));
    }

    @Test
    void anInstanceStoreRootImageHoldsAtMostTenGiB() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Ami("ami-0123456789abcdef0", "big", "", "us-east-1",
                AmiSource.COMMUNITY, Platform.LINUX, "Linux", Architecture.X86_64, RootDeviceType.INSTANCE_STORE, "/dev/sda1",
                VirtualizationType.HVM, 11, ImageState.AVAILABLE, "111122223333", "", false, List.of(),
                LaunchPermission.PUBLIC, BigDecimal.ZERO, SoftwareConfiguration.NONE)).withMessageContaining("10 GiB");
    }

    @Test
    void anEbsBackedAmiMapsItsRootDeviceToEbs() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Ami("ami-0123456789abcdef0", "rootless", "", "us-east-1",
                AmiSource.COMMUNITY, Platform.LINUX, "Linux", Architecture.X86_64, RootDeviceType.EBS, "/dev/xvda",
                VirtualizationType.HVM, 8, ImageState.AVAILABLE, "111122223333", "", false, List.of(),
                LaunchPermission.PUBLIC, BigDecimal.ZERO, SoftwareConfiguration.NONE));
    }

    @Test
    void aTypeBootingFromInstanceStoreNeedsInstanceStoreVolumes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InstanceType("x1.odd", Architecture.X86_64, 1, 1024,
                InstanceStore.NONE, false, true, false));
    }

    @Test
    void aMappingIsEitherEbsOrInstanceStore() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BlockDeviceMapping("/dev/sdb", "ephemeral0",
                Optional.of(EbsBlockDevice.blank(1, VolumeType.GP3, true))));
        assertThatIllegalArgumentException().isThrownBy(() -> new BlockDeviceMapping("/dev/sdb", "", Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(() -> new BlockDeviceMapping("/dev/sdb", "scratch", Optional.empty()));
        assertThat(BlockDeviceMapping.instanceStore("/dev/sdc", 3).ephemeralIndex()).isEqualTo(3);
    }

    @Test
    void thePriceBookMustCoverEveryRegionAndType() {
        PriceBook partial = new PriceBook("USD", "2025-11", 730, "us-east-1",
                Map.of("us-east-1", BigDecimal.ONE), TestCatalog.PRICES.instanceHourlyUsd(),
                TestCatalog.PRICES.ebsGbMonthUsd(), new BigDecimal("0.05"), new BigDecimal("0.023"));

        assertThatIllegalArgumentException().isThrownBy(() -> new SimulatorEnvironment(TestCatalog.catalog(), partial,
                Clock.systemUTC(), new Random(1))).withMessageContaining("us-west-2");
    }

    @Test
    void volumeTypesKnowTheirSizeLimits() {
        assertThat(VolumeType.GP2.maxSizeGiB()).isEqualTo(16_384);
        assertThat(VolumeType.GP3.maxSizeGiB()).isEqualTo(65_536);
        assertThat(VolumeType.IO2.allowsSize(65_536)).isTrue();
        assertThat(VolumeType.ST1.allowsSize(124)).isFalse();
        assertThat(VolumeType.SC1.bootable()).isFalse();
    }
}
