package org.amilab.simulator;

/**
 * The EBS part of a block device mapping. {@code snapshotId} is empty for a blank volume;
 * the flag {@code deleteOnTermination} decides whether the volume outlives its instance.
 */
public record EbsBlockDevice(String snapshotId, int volumeSize, VolumeType volumeType, boolean deleteOnTermination) {

    public EbsBlockDevice {
        snapshotId = snapshotId == null ? "" : snapshotId;
        Require.positive(volumeSize, "volumeSize");
        Require.present(volumeType, "volumeType");
    }

    public static EbsBlockDevice blank(int volumeSize, VolumeType volumeType, boolean deleteOnTermination) {
        return new EbsBlockDevice("", volumeSize, volumeType, deleteOnTermination);
    }

    public boolean fromSnapshot() {
        return !snapshotId.isEmpty();
    }
}
