package org.amilab.simulator;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files of an instance store-backed AMI in Amazon S3: a manifest at {@code bucket/manifest} and
 * the encrypted parts of the root device it lists. It is billed at the S3 rate for its full size for
 * as long as it exists; deregistering the AMI leaves it in place, as it does in AWS.
 * {@code deletedAt} is empty while it exists.
 */
public record ImageBundle(String bucket, String manifest, String region, int sizeGiB, String imageId,
                          Instant createdAt, Optional<Instant> deletedAt) {

    /** S3's rule for bucket names: 3 to 63 lowercase letters, digits, dots and hyphens. */
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    public ImageBundle {
        Require.that(bucket != null && BUCKET.matcher(bucket).matches(), "not an S3 bucket name: " + bucket);
        Require.text(manifest, "manifest");
        Require.text(region, "region");
        Require.positive(sizeGiB, "sizeGiB");
        Require.that(sizeGiB <= Ami.INSTANCE_STORE_ROOT_MAX_GIB, "a bundle holds an instance store root of at most 10 GiB");
        Require.that(ResourceIds.wellFormed(ResourceIds.AMI, imageId), "malformed AMI id " + imageId);
        Require.present(createdAt, "createdAt");
        deletedAt = Require.orNone(deletedAt);
    }

    /**
     * A new bundle for {@code imageId}, in the learner's bundle bucket of {@code region} (a bucket
     * stays in the region it was made in). The manifest is named after the image, so that two
     * bundles never overwrite each other.
     */
    static ImageBundle forImage(String accountId, String imageId, String region, int sizeGiB, Instant at) {
        return new ImageBundle(accountId + "-ami-bundles-" + region, imageId + ".manifest.xml", region, sizeGiB,
                imageId, at, Optional.empty());
    }

    /** Where the AMI is registered from, as EC2 shows it: bucket/manifest. */
    public String location() {
        return bucket + "/" + manifest;
    }

    public boolean existsAt(Instant t) {
        return !t.isBefore(createdAt) && Require.notReached(deletedAt, t);
    }

    public ImageBundle deletedAt(Instant at) {
        return new ImageBundle(bucket, manifest, region, sizeGiB, imageId, createdAt, Optional.of(at));
    }

    /** Whether it had been deleted by {@code t}. */
    public boolean deletedBy(Instant t) {
        return Require.reached(deletedAt, t);
    }
}
