package org.amilab.simulator;

import java.util.List;
import java.util.Optional;

/**
 * Operating systems a simulated virtual machine can run, and what VM Import/Export makes of each:
 * the supported ones become an AMI; the others make the import task fail with EC2's reason once
 * the service has looked inside the disk.
 */
public record ImportableSystem(String operatingSystem, Platform platform, Architecture architecture,
                               Optional<String> failure) {

    /** VM Import only looks inside the disk for an operating system it knows. */
    public static final String UNKNOWN_OS = "ClientError: Unknown OS / Missing OS files.";

    public static final List<ImportableSystem> ALL = List.of(
            supported("Ubuntu Server 22.04 LTS", Platform.LINUX),
            supported("Ubuntu Server 24.04 LTS", Platform.LINUX),
            supported("Debian 12", Platform.LINUX),
            supported("Red Hat Enterprise Linux 9", Platform.LINUX),
            supported("CentOS 7", Platform.LINUX),
            supported("Windows Server 2022 Base", Platform.WINDOWS),
            new ImportableSystem("FreeBSD 14", Platform.LINUX, Architecture.X86_64, Optional.of(UNKNOWN_OS)),
            new ImportableSystem("Windows XP", Platform.WINDOWS, Architecture.X86_64, Optional.of(UNKNOWN_OS)));

    public ImportableSystem {
        Require.text(operatingSystem, "operatingSystem");
        Require.present(platform, "platform");
        Require.present(architecture, "architecture");
        failure = Require.orNone(failure);
    }

    private static ImportableSystem supported(String operatingSystem, Platform platform) {
        return new ImportableSystem(operatingSystem, platform, Architecture.X86_64, Optional.empty());
    }

    public static Optional<ImportableSystem> named(String operatingSystem) {
        return ALL.stream().filter(system -> system.operatingSystem().equals(operatingSystem)).findFirst();
    }
}
