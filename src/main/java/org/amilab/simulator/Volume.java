package org.amilab.simulator;

import java.time.Instant;
import java.util.Optional;

/**
 * An EBS volume. It costs for every second between {@code createdAt} and {@code deletedAt},
 * whatever its instance is doing. When an instance is terminated the end of shutting-down is
 * already known, so the detachment or deletion that follows is recorded at once with that time:
 * the volume's state at any instant is then read from its timestamps alone.
 * {@code instanceId} and {@code deviceName} name the attachment it was created with (empty if
 * none); {@code detachedAt} and {@code deletedAt} are empty until known.
 */
public record Volume(
        String id,
        String region,
        int sizeGiB,
        VolumeType volumeType,
        String snapshotId,
        Instant createdAt,
        Optional<Instant> deletedAt,
        String instanceId,
        String deviceName,
        Optional<Instant> detachedAt,
        boolean deleteOnTermination) {

    public Volume {
        Require.that(ResourceIds.wellFormed(ResourceIds.VOLUME, id), "malformed volume id " + id);
        Require.text(region, "region");
        Require.present(volumeType, "volumeType");
        Require.that(volumeType.allowsSize(sizeGiB), id + " size out of range for " + volumeType.apiName());
        snapshotId = snapshotId == null ? "" : snapshotId;
        Require.present(createdAt, "createdAt");
        instanceId = instanceId == null ? "" : instanceId;
        deviceName = deviceName == null ? "" : deviceName;
        deletedAt = Require.orNone(deletedAt);
        detachedAt = Require.orNone(detachedAt);
    }

    public static Volume attachedAtLaunch(String id, String region, EbsBlockDevice ebs, String instanceId, String deviceName,
                                          Instant createdAt) {
        return new Volume(id, region, ebs.volumeSize(), ebs.volumeType(), ebs.snapshotId(), createdAt, Optional.empty(),
                instanceId, deviceName, Optional.empty(), ebs.deleteOnTermination());
    }

    public VolumeState stateAt(Instant t) {
        if (Require.reached(deletedAt, t)) {
            return VolumeState.DELETED;
        }
        if (instanceId.isEmpty() || Require.reached(detachedAt, t)) {
            return VolumeState.AVAILABLE;
        }
        return VolumeState.IN_USE;
    }

    public boolean attachedTo(String instance) {
        return instanceId.equals(instance);
    }

    /** What terminating the instance does to this volume once shutting-down ends at {@code end}. */
    public Volume afterTerminationAt(Instant end) {
        return deleteOnTermination ? detachedAt(end).deletedAt(end) : detachedAt(end);
    }

    public Volume deletedAt(Instant at) {
        return new Volume(id, region, sizeGiB, volumeType, snapshotId, createdAt, Optional.of(at), instanceId, deviceName, detachedAt,
                deleteOnTermination);
    }

    private Volume detachedAt(Instant at) {
        return new Volume(id, region, sizeGiB, volumeType, snapshotId, createdAt, deletedAt, instanceId, deviceName, Optional.of(at),
                deleteOnTermination);
    }

    /** Whether it had been deleted by {@code t}. */
    public boolean deletedBy(Instant t) {
        return Require.reached(deletedAt, t);
    }
}
