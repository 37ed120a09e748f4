package org.amilab.simulator;

import java.time.Instant;
import java.util.Optional;

/** Deleting what keeps costing: left-over volumes, snapshots and S3 bundles, each only once nothing needs it. */
final class Storage {

    private final Resources resources;
    private final EventLog log;

    Storage(Resources resources, EventLog log) {
        this.resources = resources;
        this.log = log;
    }

    ActionResult<Snapshot> deleteSnapshot(Actor actor, String snapshotId, Instant now) {
        ActionResult<Snapshot> result;
        Snapshot snapshot = resources.snapshots.get(snapshotId);
        if (!ResourceIds.wellFormed(ResourceIds.SNAPSHOT, snapshotId)) {
            result = ActionResult.failure(Refusal.SNAPSHOT_ID_MALFORMED.error(snapshotId));
        } else if (snapshot == null || !snapshot.existsAt(now)) {
            result = ActionResult.failure(Refusal.SNAPSHOT_NOT_FOUND.error(snapshotId));
        } else {
            Optional<OwnedAmi> user = resources.registeredImageUsing(snapshot.imageId(), now);
            result = user.isPresent() ? ActionResult.failure(Refusal.SNAPSHOT_IN_USE.error(snapshotId, user.get().id()))
                    : ActionResult.success(put(snapshot.deletedAt(now)));
        }
        return log.record(actor, EventType.DELETE_SNAPSHOT, snapshotId, now, result,
                s -> new EventDetail.StorageDeleted(EventType.DELETE_SNAPSHOT, s.id()));
    }

    /**
     * Deletes an S3 bundle (on Linux, ec2-delete-bundle does this), which ends its storage charge.
     * Only once its AMI is deregistered, so that no registered AMI is left without its files.
     */
    ActionResult<ImageBundle> deleteBundle(Actor actor, String location, Instant now) {
        String target = location.isBlank() ? EventDetail.NO_TARGET : location;
        ImageBundle bundle = resources.bundles.get(target);
        ActionResult<ImageBundle> result;
        if (bundle == null || !bundle.existsAt(now)) {
            result = ActionResult.failure(Refusal.BUNDLE_NOT_FOUND.error(target));
        } else {
            Optional<OwnedAmi> user = resources.registeredImageUsing(bundle.imageId(), now);
            result = user.isPresent() ? ActionResult.failure(Refusal.BUNDLE_IN_USE.error(target, user.get().id()))
                    : ActionResult.success(put(bundle.deletedAt(now)));
        }
        return log.record(actor, EventType.DELETE_BUNDLE, target, now, result,
                b -> new EventDetail.StorageDeleted(EventType.DELETE_BUNDLE, b.location()));
    }

    ActionResult<Volume> deleteVolume(Actor actor, String volumeId, Instant now) {
        ActionResult<Volume> result;
        Volume volume = resources.volumes.get(volumeId);
        if (!ResourceIds.wellFormed(ResourceIds.VOLUME, volumeId)) {
            result = ActionResult.failure(Refusal.VOLUME_ID_MALFORMED.error(volumeId));
        } else if (volume == null || volume.stateAt(now) == VolumeState.DELETED) {
            result = ActionResult.failure(Refusal.VOLUME_NOT_FOUND.error(volumeId));
        } else if (volume.stateAt(now) == VolumeState.IN_USE) {
            result = ActionResult.failure(Refusal.VOLUME_IN_USE.error(volumeId, volume.instanceId()));
        } else {
            Volume deleted = volume.deletedAt(now);
            resources.volumes.put(volumeId, deleted);
            result = ActionResult.success(deleted);
        }
        return log.record(actor, EventType.DELETE_VOLUME, volumeId, now, result,
                v -> new EventDetail.StorageDeleted(EventType.DELETE_VOLUME, v.id()));
    }

    private Snapshot put(Snapshot deleted) {
        resources.snapshots.put(deleted.id(), deleted);
        return deleted;
    }

    private ImageBundle put(ImageBundle deleted) {
        resources.bundles.put(deleted.location(), deleted);
        return deleted;
    }
}
