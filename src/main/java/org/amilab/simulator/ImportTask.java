package org.amilab.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A VM Import/Export task (import-image) and its whole life, as timestamps: it goes through EC2's
 * steps one after another, each as long as the disk is big, and either ends completed with the id
 * of a new AMI or is deleted at the step where VM Import found what it cannot import, with EC2's
 * status message. The ids of the AMI and snapshot it makes are chosen when it starts, so that every
 * read of a completed task names the same AMI, but they are shown only once it has completed;
 * {@code settled} says that its end has been written down.
 */
public record ImportTask(String id, String ownerId, String region, String description, DiskImage disk, Instant startedAt,
                         Optional<String> failure, String imageId, String snapshotId, boolean settled) {

    /** The status messages of an active task, in EC2's order. */
    public static final List<String> STEPS = List.of("pending", "converting", "updating", "booting", "preparing ami");
    /** VM Import looks inside the disk while converting it: an operating system it cannot import fails there. */
    private static final int FAILS_AFTER_STEPS = 2;

    public ImportTask {
        Require.that(ResourceIds.wellFormed(ResourceIds.IMPORT_TASK, id), "malformed import task id " + id);
        Require.text(region, "region");
        description = description == null ? "" : description;
        Require.present(disk, "disk");
        Require.present(startedAt, "startedAt");
        Require.that(ImageRules.isAccountId(ownerId), "an account id has 12 digits: " + ownerId);
        failure = Require.orNone(failure);
        Require.that(ResourceIds.wellFormed(ResourceIds.AMI, imageId), "malformed image id " + imageId);
        Require.that(ResourceIds.wellFormed(ResourceIds.SNAPSHOT, snapshotId), "malformed snapshot id " + snapshotId);
    }

    /** What the import task is at {@code t}, as describe-import-image-tasks would answer. */
    public enum Status {
        ACTIVE("active"),
        COMPLETED("completed"),
        DELETED("deleted");

        private final String apiName;

        Status(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }

    /** One step takes a few minutes plus time for every GiB to convert. */
    public Duration stepLength() {
        return LifecycleDurations.IMPORT_STEP_BASE.plus(LifecycleDurations.IMPORT_STEP_PER_GIB.multipliedBy(disk.sizeGiB()));
    }

    /** When the task ends: completed after every step, or deleted after the step that found the problem. */
    public Instant endsAt() {
        return startedAt.plus(stepLength().multipliedBy(failure.isPresent() ? FAILS_AFTER_STEPS : STEPS.size()));
    }

    public Status statusAt(Instant t) {
        if (t.isBefore(endsAt())) {
            return Status.ACTIVE;
        }
        return failure.isPresent() ? Status.DELETED : Status.COMPLETED;
    }

    /** EC2's status message: the step under way, or why the task was deleted; empty once completed. */
    public String statusMessageAt(Instant t) {
        return switch (statusAt(t)) {
            case ACTIVE -> STEPS.get(stepAt(t));
            case DELETED -> failure.orElseThrow();
            case COMPLETED -> "";
        };
    }

    /** Progress in percent while active, as EC2 reports it; 100 once completed. */
    public int progressAt(Instant t) {
        if (statusAt(t) != Status.ACTIVE) {
            return statusAt(t) == Status.COMPLETED ? 100 : 0;
        }
        long done = Duration.between(startedAt, t).toMillis();
        long all = stepLength().multipliedBy(STEPS.size()).toMillis();
        return (int) Math.min(99, done * 100 / Math.max(1, all));
    }

    private int stepAt(Instant t) {
        long step = Duration.between(startedAt, t).toMillis() / Math.max(1, stepLength().toMillis());
        return (int) Math.min(STEPS.size() - 1, Math.max(0, step));
    }

    /** EC2 lists an import task while it runs and for a week after it ended. */
    public boolean listedAt(Instant t) {
        return t.isBefore(endsAt().plus(LifecycleDurations.IMPORT_TASK_LISTED_FOR));
    }

    /** The AMI it made, once it has completed. */
    public Optional<String> imageIdAt(Instant t) {
        return statusAt(t) == Status.COMPLETED ? Optional.of(imageId) : Optional.empty();
    }

    /** The task ended by {@code now} and that has not been written down yet. */
    boolean endsUnwrittenBy(Instant now) {
        return !settled && statusAt(now) != Status.ACTIVE;
    }

    ImportTask asSettled() {
        return new ImportTask(id, ownerId, region, description, disk, startedAt, failure, imageId, snapshotId, true);
    }
}
