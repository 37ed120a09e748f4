package org.amilab.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the content files the way the content loader will (record component = YAML key) and checks
 * that they make a valid catalog covering what the lessons need. Jackson is used here only to
 * read test input; the simulator itself never parses YAML.
 */
class ContentFilesTest {

    record RegionsFile(List<Region> regions) {
    }

    record InstanceTypesFile(List<InstanceType> instanceTypes) {
    }

    record AmisFile(List<Ami> amis) {
    }

    private static Catalog catalog;
    private static PriceBook prices;

    @BeforeAll
    static void readContent() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new Jdk8Module());
        Path content = Path.of("content");
        catalog = new Catalog(
                yaml.readValue(content.resolve("catalog/regions.yml").toFile(), RegionsFile.class).regions(),
                yaml.readValue(content.resolve("catalog/instance-types.yml").toFile(), InstanceTypesFile.class).instanceTypes(),
                yaml.readValue(content.resolve("catalog/amis.yml").toFile(), AmisFile.class).amis(), TestCatalog.SOFTWARE);
        prices = yaml.readValue(content.resolve("pricing/price-book.yml").toFile(), PriceBook.class);
    }

    @Test
    void theFilesFormOneConsistentEnvironment() {
        SimulatorEnvironment environment = new SimulatorEnvironment(catalog, prices, Clock.systemUTC(), new Random(1));

        assertThat(environment.catalog().regions()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(environment.catalog().instanceTypes()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(environment.catalog().amis()).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void amisCoverEverySourceRootDeviceVirtualizationArchitectureAndPlatform() {
        assertThat(valuesOf(Ami::source)).containsExactlyInAnyOrder(AmiSource.QUICK_START, AmiSource.MARKETPLACE, AmiSource.COMMUNITY);
        assertThat(valuesOf(Ami::rootDeviceType)).containsExactlyInAnyOrder(RootDeviceType.values());
        assertThat(valuesOf(Ami::virtualizationType)).containsExactlyInAnyOrder(VirtualizationType.values());
        assertThat(valuesOf(Ami::architecture)).contains(Architecture.X86_64, Architecture.ARM64);
        assertThat(valuesOf(Ami::platform)).containsExactlyInAnyOrder(Platform.values());
    }

    @Test
    void marketplaceAmisCarryASoftwarePriceAndMostCommunityAmisAreUnverified() {
        assertThat(amis(a -> a.source() == AmiSource.MARKETPLACE)).allMatch(a -> a.softwareHourlyUsd().signum() > 0);
        assertThat(amis(a -> a.source() == AmiSource.COMMUNITY)).anyMatch(a -> !a.verifiedProvider());
    }

    @Test
    void theSameImageHasADifferentIdInEachRegion() {
        List<Ami> al2023 = amis(a -> a.name().equals(TestCatalog.AL2023_X86.name()));

        assertThat(al2023).extracting(Ami::region).doesNotHaveDuplicates().hasSizeGreaterThan(1);
        assertThat(al2023).extracting(Ami::id).doesNotHaveDuplicates();
    }

    @Test
    void everyInstanceStoreAndParavirtualAmiHasATypeItCanBootOn() {
        for (Ami ami : catalog.amis()) {
            assertThat(catalog.instanceTypes())
                    .as("a type that boots %s", ami.id())
                    .anyMatch(t -> t.architecture() == ami.architecture() && t.supports(ami.rootDeviceType())
                            && t.supports(ami.virtualizationType()));
        }
    }

    @Test
    void instanceTypesIncludeArmTypesAndBothKindsOfRootSupport() {
        assertThat(catalog.instanceTypes()).anyMatch(t -> t.architecture() == Architecture.ARM64);
        assertThat(catalog.instanceType("m3.medium")).hasValueSatisfying(t -> assertThat(t.supportsInstanceStoreRoot()).isTrue());
        assertThat(catalog.instanceType("c3.large")).hasValueSatisfying(t -> assertThat(t.supportsParavirtual()).isTrue());
        assertThat(catalog.instanceType("t3.micro")).hasValueSatisfying(t -> assertThat(t.supportsInstanceStoreRoot()).isFalse());
        assertThat(catalog.instanceType("m5.large")).hasValueSatisfying(t -> assertThat(t.supportsInstanceStoreRoot()).isFalse());
    }

    @Test
    void theJavaTestCatalogMatchesTheContentFiles() {
        assertThat(catalog.regions()).containsExactlyElementsOf(TestCatalog.REGIONS);
        assertThat(catalog.instanceTypes()).containsExactlyInAnyOrderElementsOf(TestCatalog.INSTANCE_TYPES);
        for (Ami ami : TestCatalog.AMIS) {
            assertThat(catalog.ami(ami.id())).contains(ami);
        }
        assertThat(prices.instanceHourlyUsd()).isEqualTo(TestCatalog.PRICES.instanceHourlyUsd());
        for (Region region : catalog.regions()) {
            for (VolumeType type : VolumeType.values()) {
                assertThat(prices.ebsRate(type, region.code())).isEqualByComparingTo(TestCatalog.PRICES.ebsRate(type, region.code()));
            }
            assertThat(prices.snapshotRate(region.code())).isEqualByComparingTo(TestCatalog.PRICES.snapshotRate(region.code()));
        }
        assertThat(prices.hoursPerMonth()).isEqualTo(TestCatalog.PRICES.hoursPerMonth());
    }

    private static <T> Set<T> valuesOf(Function<Ami, T> attribute) {
        return catalog.amis().stream().map(attribute).collect(Collectors.toSet());
    }

    private static List<Ami> amis(Predicate<Ami> which) {
        return catalog.amis().stream().filter(which).toList();
    }
}
