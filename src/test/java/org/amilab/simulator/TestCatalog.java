package org.amilab.simulator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A realistic catalog and price book built in Java, for tests: the same regions, instance types
 * and prices as content/, and a selection of its AMIs with the same ids and fields (checked by
 * {@link ContentFilesTest}).
 */
public final class TestCatalog {

    public static final String US_EAST_1 = "us-east-1";
    public static final String US_WEST_2 = "us-west-2";
    public static final String EU_WEST_1 = "eu-west-1";
    public static final String EU_CENTRAL_1 = "eu-central-1";
    public static final String AP_NORTHEAST_1 = "ap-northeast-1";

    public static final List<Region> REGIONS = List.of(
            new Region(US_EAST_1, "US East (N. Virginia)"),
            new Region(US_WEST_2, "US West (Oregon)"),
            new Region(EU_WEST_1, "Europe (Ireland)"),
            new Region(EU_CENTRAL_1, "Europe (Frankfurt)"),
            new Region(AP_NORTHEAST_1, "Asia Pacific (Tokyo)"));

    public static final List<InstanceType> INSTANCE_TYPES = List.of(
            nitro("t3.micro", Architecture.X86_64, 2, 1024),
            nitro("t3.medium", Architecture.X86_64, 2, 4096),
            nitro("m5.large", Architecture.X86_64, 2, 8192),
            new InstanceType("m5d.large", Architecture.X86_64, 2, 8192, new InstanceStore(1, 75), false, false, true),
            nitro("c5.xlarge", Architecture.X86_64, 4, 8192),
            nitro("t2.micro", Architecture.X86_64, 1, 1024),
            previousGeneration("m1.small", 1, 1740, new InstanceStore(1, 160)),
            previousGeneration("m3.medium", 1, 3840, new InstanceStore(1, 4)),
            previousGeneration("c3.large", 2, 3840, new InstanceStore(2, 16)),
            nitro("t4g.micro", Architecture.ARM64, 2, 1024),
            nitro("t4g.medium", Architecture.ARM64, 2, 4096),
            nitro("m6g.large", Architecture.ARM64, 2, 8192),
            nitro("c6g.xlarge", Architecture.ARM64, 4, 8192));

    public static final Ami AL2023_X86 = new Ami("ami-0a4c123b1612dd272", "al2023-ami-2023.9.20251117.0-kernel-6.1-x86_64",
            "Amazon Linux 2023 AMI 2023.9.20251117.0 x86_64 HVM kernel-6.1",
            "us-east-1", AmiSource.QUICK_START, Platform.LINUX, "Amazon Linux 2023", Architecture.X86_64,
            RootDeviceType.EBS, "/dev/xvda", VirtualizationType.HVM, 8,
            ImageState.AVAILABLE, "137112412989", "amazon", true,
            List.of(BlockDeviceMapping.ebs("/dev/xvda", new EbsBlockDevice("snap-01371c17149d43953", 8, VolumeType.GP3, true))),
            LaunchPermission.PUBLIC, BigDecimal.ZERO, SoftwareConfiguration.NONE);

    public static final Ami AL2023_X86_EU_WEST_1 = new Ami("ami-0b3216fdaeeb97572", "al2023-ami-2023.9.20251117.0-kernel-6.1-x86_64",
            "Amazon Linux 2023 AMI 2023.9.20251117.0 x86_64 HVM kernel-6.1 (the same image as in us-east-1, with its own id here)",
            "eu-west-1", AmiSource.QUICK_START, Platform.LINUX, "Amazon Linux 2023", Architecture.X86_64,
            RootDeviceType.EBS, "/dev/xvda", VirtualizationType.HVM, 8,
            ImageState.AVAILABLE, "137112412989", "amazon", true,
            List.of(BlockDeviceMapping.ebs("/dev/xvda", new EbsBlockDevice("snap-0fae923d5a4fd12aa", 8, VolumeType.GP3, true))),
            LaunchPermission.PUBLIC, BigDecimal.ZERO, SoftwareConfiguration.NONE);

    public static final Ami AL2023_ARM = new Ami("ami-0fe228f219e9cb0eb", "al2023-ami-2023.9.20251117.0-kernel-6.1-arm64",
            "Amazon Linux 2023 AMI 2023.9.20251117.0 arm64 HVM kernel-6.1",
            "us-east-1", AmiSource.QUICK_START, Platform.LINUX, "Amazon Linux 2023", Architecture.ARM64,
            RootDeviceType.EBS, "/dev/xvda", VirtualizationType.HVM, 8,
            ImageState.AVAILABLE, "137112412989", "amazon", true,
            List.of(BlockDeviceMapping.ebs("/dev/xvda", new EbsBlockDevice("snap-03f16947ccf25ec84", 8, VolumeType.GP3, true))),
            LaunchPermission.PUBLIC, BigDecimal.ZERO, SoftwareConfiguration.NONE);

    public static final Ami WINDOWS_2022 = new Ami("ami-07f6a6f0fb23c6f5d", "Windows_Server-2022-English-Full-Base-2025.11.12",
            "Microsoft Windows Server 2022 Full Locale English AMI provided by Amazon",
            "us-east-1", AmiSource.QUICK_START, Platform.WINDOWS, "Windows Server 2022 Base", Architecture.X86_64,
            RootDeviceType.EBS, "/dev/sda1", VirtualizationType.HVM, 30,
            ImageState.AVAILABLE, "801119661308", "amazon", true,
            List.of(BlockDeviceMapping.ebs("/dev/sda1", new EbsBlockDevice("snap-02cec255404e4fb44", 30, VolumeType.GP2, true))),
            LaunchPermission.PUBLIC, BigDecimal.ZERO, SoftwareConfiguration.NONE);

    public static final Ami ACME_MARKETPLACE = new Ami("ami-081584d8c4fa2815d", "acme-hardened-linux-3.2-x86_64",
            "Acme Hardened Linux 3.2: CIS-style hardening on Amazon Linux 2023, with a data volume for audit logs that is kept after termination (fictional product)",
            "us-east-1", AmiSource.MARKETPLACE, Platform.LINUX, "Amazon Linux 2023", Architecture.X86_64,
            RootDeviceType.EBS, "/dev/xvda", VirtualizationType.HVM, 10,
            ImageState.AVAILABLE, "679593333241", "aws-marketplace", true,
            List.of(BlockDeviceMapping.ebs("/dev/xvda", new EbsBlockDevice("snap-0802827283e0ad841", 10, VolumeType.GP3, true)),
                    BlockDeviceMapping.ebs("/dev/sdf", new EbsBlockDevice("", 20, VolumeType.GP3, false))),
            LaunchPermission.PUBLIC, new BigDecimal("0.020"), SoftwareConfiguration.NONE);

    public static final Ami BYTEFORGE_MARKETPLACE_ARM = new Ami("ami-03581569969e58b08", "byteforge-postgresql-16-graviton",
            "Byteforge PostgreSQL 16 tuned for Graviton (fictional product)",
            "us-west-2", AmiSource.MARKETPLACE, Platform.LINUX, "Ubuntu Server 22.04 LTS", Architecture.ARM64,
            RootDeviceType.EBS, "/dev/sda1", VirtualizationType.HVM, 20,
            ImageState.AVAILABLE, "679593333241", "aws-marketplace", true,
            List.of(BlockDeviceMapping.ebs("/dev/sda1", new EbsBlockDevice("snap-0006f7e3dfc967a64", 20, VolumeType.GP3, true))),
            LaunchPermission.PUBLIC, new BigDecimal("0.050"), SoftwareConfiguration.NONE);

    public static final Ami LEGACY_PV_INSTANCE_STORE = new Ami("ami-0b3ce107f80e222f8", "amzn-ami-pv-2018.03.0.20231218.0-x86_64-s3",
            "Amazon Linux AMI 2018.03 x86_64 PV instance store (legacy, end of life)",
            "us-east-1", AmiSource.COMMUNITY, Platform.LINUX, "Amazon Linux AMI 2018.03", Architecture.X86_64,
            RootDeviceType.INSTANCE_STORE, "/dev/sda1", VirtualizationType.PARAVIRTUAL, 8,
            ImageState.AVAILABLE, "137112412989", "amazon", true,
            List.of(BlockDeviceMapping.instanceStore("/dev/sdb", 0)),
            LaunchPermission.PUBLIC, BigDecimal.ZERO, SoftwareConfiguration.NONE);

    public static final Ami CENTOS_HVM_INSTANCE_STORE = new Ami("ami-08767efc2f91624a8", "centos-7-hvm-instance-store-2020-lab",
            "CentOS 7 HVM, instance store-backed, built by a course participant (end of life)",
            "us-west-2", AmiSource.COMMUNITY, Platform.LINUX, "CentOS 7", Architecture.X86_64,
            RootDeviceType.INSTANCE_STORE, "/dev/sda1", VirtualizationType.HVM, 8,
            ImageState.AVAILABLE, "483920174652", "", false,
            List.of(BlockDeviceMapping.instanceStore("/dev/sdb", 0)),
            LaunchPermission.PUBLIC, BigDecimal.ZERO, SoftwareConfiguration.NONE);

    public static final Ami FEDORA_PV_EBS = new Ami("ami-040f1f836f99eee36", "fedora-20-pv-ebs-x86_64",
            "Fedora 20 paravirtual, EBS-backed (historic)",
            "us-east-1", AmiSource.COMMUNITY, Platform.LINUX, "Fedora 20", Architecture.X86_64,
            RootDeviceType.EBS, "/dev/sda1", VirtualizationType.PARAVIRTUAL, 5,
            ImageState.AVAILABLE, "125523088429", "", false,
            List.of(BlockDeviceMapping.ebs("/dev/sda1", new EbsBlockDevice("snap-02f09e2e8c662248b", 5, VolumeType.GP2, true))),
            LaunchPermission.PUBLIC, BigDecimal.ZERO, SoftwareConfiguration.NONE);

    public static final Ami MINECRAFT_COMMUNITY_ARM = new Ami("ami-083b7ffc050fec94d", "minecraft-server-ubuntu-22.04-arm64",
            "Minecraft server on Ubuntu 22.04 for arm64, shared by a hobbyist: use at your own risk",
            "eu-west-1", AmiSource.COMMUNITY, Platform.LINUX, "Ubuntu Server 22.04 LTS", Architecture.ARM64,
            RootDeviceType.EBS, "/dev/sda1", VirtualizationType.HVM, 16,
            ImageState.AVAILABLE, "902361447718", "", false,
            List.of(BlockDeviceMapping.ebs("/dev/sda1", new EbsBlockDevice("snap-0ca3a0aac36098b2c", 16, VolumeType.GP3, true))),
            LaunchPermission.PUBLIC, BigDecimal.ZERO, SoftwareConfiguration.NONE);

    public static final List<Ami> AMIS = List.of(AL2023_X86, AL2023_X86_EU_WEST_1, AL2023_ARM, WINDOWS_2022, ACME_MARKETPLACE,
            BYTEFORGE_MARKETPLACE_ARM, LEGACY_PV_INSTANCE_STORE, CENTOS_HVM_INSTANCE_STORE, FEDORA_PV_EBS, MINECRAFT_COMMUNITY_ARM);

    public static final PriceBook PRICES = new PriceBook("USD", "2025-11", 730, US_EAST_1,
            Map.of(US_EAST_1, new BigDecimal("1.00"), US_WEST_2, new BigDecimal("1.00"), EU_WEST_1, new BigDecimal("1.115"),
                    EU_CENTRAL_1, new BigDecimal("1.20"), AP_NORTHEAST_1, new BigDecimal("1.29")),
            Map.ofEntries(
                    Map.entry("t2.micro", new BigDecimal("0.0116")),
                    Map.entry("t3.micro", new BigDecimal("0.0104")),
                    Map.entry("t3.medium", new BigDecimal("0.0416")),
                    Map.entry("m5.large", new BigDecimal("0.096")),
                    Map.entry("m5d.large", new BigDecimal("0.113")),
                    Map.entry("c5.xlarge", new BigDecimal("0.17")),
                    Map.entry("m1.small", new BigDecimal("0.044")),
                    Map.entry("m3.medium", new BigDecimal("0.067")),
                    Map.entry("c3.large", new BigDecimal("0.105")),
                    Map.entry("t4g.micro", new BigDecimal("0.0084")),
                    Map.entry("t4g.medium", new BigDecimal("0.0336")),
                    Map.entry("m6g.large", new BigDecimal("0.077")),
                    Map.entry("c6g.xlarge", new BigDecimal("0.136"))),
            Map.of(VolumeType.GP2, new BigDecimal("0.10"), VolumeType.GP3, new BigDecimal("0.08"),
                    VolumeType.IO1, new BigDecimal("0.125"), VolumeType.IO2, new BigDecimal("0.125"),
                    VolumeType.ST1, new BigDecimal("0.045"), VolumeType.SC1, new BigDecimal("0.015")),
            new BigDecimal("0.05"), new BigDecimal("0.023"));

    /** The software catalog of content/, read from its file: the shells' rules are tested against what ships. */
    public static final SoftwareCatalog SOFTWARE = readSoftware();

    /** Image Builder components for the simulator's tests: two versions of one, a test, and one for Windows. */
    public static final ComponentCatalog COMPONENTS = new ComponentCatalog(List.of(
            new BuilderComponent("apache-web-server", SemanticVersion.of("1.0.0"), BuilderComponent.Phase.BUILD,
                    Platform.LINUX, "Installs httpd", List.of("sudo dnf install -y httpd")),
            new BuilderComponent("apache-web-server", SemanticVersion.of("1.1.0"), BuilderComponent.Phase.BUILD,
                    Platform.LINUX, "Installs and enables httpd",
                    List.of("sudo dnf install -y httpd", "sudo systemctl enable --now httpd")),
            new BuilderComponent("web-server-answers", SemanticVersion.of("1.0.0"), BuilderComponent.Phase.TEST,
                    Platform.LINUX, "httpd runs", List.of("systemctl is-active httpd")),
            new BuilderComponent("iis-web-server", SemanticVersion.of("1.0.0"), BuilderComponent.Phase.BUILD,
                    Platform.WINDOWS, "Adds IIS", List.of("Install-WindowsFeature -Name Web-Server"))));

    private TestCatalog() {
    }

    record SoftwareFile(List<OperatingSystemSoftware> operatingSystems, List<SoftwarePackage> packages) {
    }

    private static SoftwareCatalog readSoftware() {
        try {
            var file = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                    .readValue(java.nio.file.Path.of("content/catalog/software.yml").toFile(), SoftwareFile.class);
            return new SoftwareCatalog(file.operatingSystems(), file.packages());
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    public static Catalog catalog() {
        return new Catalog(REGIONS, INSTANCE_TYPES, AMIS, SOFTWARE);
    }

    public static InstanceType type(String name) {
        return INSTANCE_TYPES.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static InstanceType nitro(String name, Architecture architecture, int vcpus, int memoryMiB) {
        return new InstanceType(name, architecture, vcpus, memoryMiB, InstanceStore.NONE, false, false, true);
    }

    private static InstanceType previousGeneration(String name, int vcpus, int memoryMiB, InstanceStore store) {
        return new InstanceType(name, Architecture.X86_64, vcpus, memoryMiB, store, true, true, false);
    }

    /** {@code book} as edited under the name {@code asOf}: the instance prices in {@code changed} replace its own. */
    public static PriceBook edited(PriceBook book, String asOf, Map<String, BigDecimal> changed) {
        Map<String, BigDecimal> prices = new java.util.HashMap<>(book.instanceHourlyUsd());
        prices.putAll(changed);
        return new PriceBook(book.currency(), asOf, book.hoursPerMonth(), book.baseRegion(), book.regionMultipliers(),
                prices, book.ebsGbMonthUsd(), book.snapshotGbMonthUsd(), book.s3GbMonthUsd());
    }
}
