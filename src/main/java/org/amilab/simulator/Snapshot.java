package org.amilab.simulator;

import java.time.Instant;
import java.util.Optional;

/**
 * An EBS snapshot taken for one of the learner's AMIs. It is billed at the full size of its
 * volume: the simulator does not know which blocks the learner wrote, so it shows the upper
 * bound rather than the incremental size real snapshots store. {@code deletedAt} is empty while it exists.
 */
public record Snapshot(String id, String region, String volumeId, int sizeGiB, String imageId, Instant createdAt,
                       Optional<Instant> deletedAt) {

    public Snapshot {
        Require.that(ResourceIds.wellFormed(ResourceIds.SNAPSHOT, id), "malformed snapshot id " + id);
        Require.text(region, "region");
        Require.text(volumeId, "volumeId");
        Require.positive(sizeGiB, "sizeGiB");
        Require.text(imageId, "imageId");
        Require.present(createdAt, "createdAt");
        deletedAt = Require.orNone(deletedAt);
    }

    public boolean existsAt(Instant t) {
        return !t.isBefore(createdAt) && Require.notReached(deletedAt, t);
    }

    public Snapshot deletedAt(Instant at) {
        return new Snapshot(id, region, volumeId, sizeGiB, imageId, createdAt, Optional.of(at));
    }

    /** Whether it had been deleted by {@code t}. */
    public boolean deletedBy(Instant t) {
        return Require.reached(deletedAt, t);
    }
}
