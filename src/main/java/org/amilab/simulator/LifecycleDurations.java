package org.amilab.simulator;

import java.time.Duration;

/**
 * How long the simulated transitional states last. Real durations vary; these are typical values
 * chosen so that the differences the lessons teach are visible on the simulated clock.
 */
public final class LifecycleDurations {

    /** The root volume is created from a snapshot and read lazily, so EBS-backed instances usually boot in under a minute. */
    public static final Duration EBS_BOOT = Duration.ofSeconds(40);

    /**
     * The whole image is first copied from S3 onto the instance store and only then booted; AWS
     * says usually under five minutes, so we take a markedly slower 3.5 minutes.
     */
    public static final Duration INSTANCE_STORE_BOOT = Duration.ofSeconds(210);

    /** The operating system is asked to shut down cleanly before the instance counts as stopped. */
    /** Each of VM Import's five steps: a few minutes, and more for every GiB of the disk. */
    public static final Duration IMPORT_STEP_BASE = Duration.ofMinutes(3);
    public static final Duration IMPORT_STEP_PER_GIB = Duration.ofSeconds(20);
    public static final Duration IMPORT_TASK_LISTED_FOR = Duration.ofDays(7);
    /** After it comes up, EC2 takes a few minutes to run an instance's status checks for the first time. */
    public static final Duration STATUS_CHECKS_INITIALIZING = Duration.ofMinutes(2);
    public static final Duration STOPPING = Duration.ofSeconds(30);

    /** Shutting down is the same clean shutdown, followed by releasing the host. */
    public static final Duration SHUTTING_DOWN = Duration.ofSeconds(30);

    /** Terminated instances stay listed for about an hour so that the learner sees what happened. */
    public static final Duration TERMINATED_VISIBLE_FOR = Duration.ofHours(1);

    /**
     * A deregistered AMI is no longer listed, but for this long the playground still knows it, so
     * that deregistering it again is answered "already deregistered" rather than "no such AMI".
     */
    public static final Duration DEREGISTERED_VISIBLE_FOR = Duration.ofHours(1);

    /** Creating an image snapshots each EBS volume; a fixed part plus a part growing with the data. */
    public static final Duration IMAGE_BASE = Duration.ofMinutes(2);
    public static final Duration IMAGE_PER_GIB = Duration.ofSeconds(6);

    /**
     * Bundling reads the whole root device, compresses, encrypts and splits it into parts, uploads
     * every part to S3 and only then registers the manifest: slower per GiB than a snapshot.
     */
    public static final Duration BUNDLE_BASE = Duration.ofMinutes(3);
    public static final Duration BUNDLE_PER_GIB = Duration.ofSeconds(30);

    /** A copy moves every byte to another region, so it takes longer still. */
    public static final Duration COPY_BASE = Duration.ofMinutes(5);
    public static final Duration COPY_PER_GIB = Duration.ofSeconds(20);

    /** Image Builder launches the build instance and waits for its agent before the first step. */
    public static final Duration BUILD_SETUP = Duration.ofMinutes(5);
    /** Each build or test step, as one line in the instance's shell with its package downloads. */
    public static final Duration BUILD_STEP = Duration.ofMinutes(2);
    /** Stopping the build instance and snapshotting its volume into the new image. */
    public static final Duration BUILD_SNAPSHOT = Duration.ofMinutes(6);
    /** Launching the test instance from the new image. */
    public static final Duration TEST_SETUP = Duration.ofMinutes(4);
    /** Copying the new image to its target regions and applying its launch permissions, in parallel. */
    public static final Duration DISTRIBUTION = Duration.ofMinutes(8);

    private LifecycleDurations() {
    }

    public static Duration boot(RootDeviceType rootDeviceType) {
        return rootDeviceType == RootDeviceType.EBS ? EBS_BOOT : INSTANCE_STORE_BOOT;
    }

    /** How long {@code state} lasts for an instance with this root device, for transitional states. */
    public static Duration of(InstanceState state, RootDeviceType rootDeviceType) {
        return switch (state) {
            case PENDING -> boot(rootDeviceType);
            case STOPPING -> STOPPING;
            case SHUTTING_DOWN -> SHUTTING_DOWN;
            default -> throw new IllegalArgumentException(state + " is not transitional");
        };
    }

    public static Duration imageCreation(int totalEbsGiB) {
        return IMAGE_BASE.plus(IMAGE_PER_GIB.multipliedBy(totalEbsGiB));
    }

    public static Duration bundling(int rootGiB) {
        return BUNDLE_BASE.plus(BUNDLE_PER_GIB.multipliedBy(rootGiB));
    }

    public static Duration imageCopy(int totalGiB) {
        return COPY_BASE.plus(COPY_PER_GIB.multipliedBy(totalGiB));
    }
}
