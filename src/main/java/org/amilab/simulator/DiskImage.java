package org.amilab.simulator;

import java.util.List;
import java.util.Optional;

/**
 * A virtual machine's disk as a learner brings it to VM Import/Export: the file's format, the
 * operating system on it and its size. The playground has no real file, so the learner says what
 * it holds; what VM Import would make of such a disk follows from that, as EC2 decides it.
 */
public record DiskImage(String format, String operatingSystem, int sizeGiB) {

    /** The values import-image takes for a disk container's format. */
    public static final List<String> FORMATS = List.of("OVA", "VMDK", "VHD", "VHDX", "RAW");
    /** The largest disk VM Import takes, as EBS would. */
    public static final int MAX_SIZE_GIB = 16_384;

    public DiskImage {
        Require.present(format, "format");
        Require.present(operatingSystem, "operatingSystem");
    }

    /** Checks EC2 makes when import-image is called, before any task exists. */
    Optional<Ec2Error> refusal() {
        if (!FORMATS.contains(format.toUpperCase(java.util.Locale.ROOT))) {
            return Optional.of(Refusal.IMPORT_FORMAT_INVALID.error(format));
        }
        if (sizeGiB < 1 || sizeGiB > MAX_SIZE_GIB) {
            return Optional.of(Refusal.IMPORT_SIZE_INVALID.error(sizeGiB, MAX_SIZE_GIB));
        }
        return Optional.empty();
    }
}
