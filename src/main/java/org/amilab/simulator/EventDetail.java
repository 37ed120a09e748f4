package org.amilab.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What one line of the playground's log says happened, with its facts as fields, so that a
 * timeline, a challenge checker or a dashboard reads them instead of parsing text. Each kind also
 * answers the three questions every line has: which action, on what, with which outcome.
 */
public sealed interface EventDetail {

    /** The action this line belongs to; {@link EventType#STATE_CHANGE} for what EC2 did by itself. */
    EventType action();

    /** The instance, volume, snapshot, image or bundle acted on, or "clock". */
    String targetId();

    /** The outcome in a word or two, as the API would show it: a state, "rebooted", "refused". */
    String outcome();

    /** The target of an action that had none to name. */
    String NO_TARGET = "none";
    String CLOCK = "clock";

    record InstanceLaunched(String instanceId, String imageId, String instanceType, String region,
                            RootDeviceType rootDeviceType, int rootSizeGiB) implements EventDetail {
        public InstanceLaunched {
            Require.text(instanceId, "instanceId");
            Require.text(imageId, "imageId");
            Require.text(instanceType, "instanceType");
            Require.text(region, "region");
            Require.present(rootDeviceType, "rootDeviceType");
        }

        @Override
        public EventType action() {
            return EventType.LAUNCH;
        }

        @Override
        public String targetId() {
            return instanceId;
        }

        @Override
        public String outcome() {
            return InstanceState.PENDING.apiName();
        }
    }

    /**
     * An instance went from one state to another: because the learner started, stopped or
     * terminated it ({@code action}), or by itself ({@link EventType#STATE_CHANGE}: pending became
     * running). {@code from} equals {@code to} when the request changed nothing, as EC2 reports it.
     */
    record InstanceStateChanged(EventType action, String instanceId, InstanceState from, InstanceState to,
                                StateReason reason) implements EventDetail {
        private static final Set<EventType> CAUSES = Set.of(EventType.START, EventType.STOP, EventType.TERMINATE,
                EventType.STATE_CHANGE);

        public InstanceStateChanged {
            Require.present(action, "action");
            Require.text(instanceId, "instanceId");
            Require.present(from, "from");
            Require.present(to, "to");
            Require.present(reason, "reason");
            if (!CAUSES.contains(action)) {
                throw new IllegalArgumentException(action + " does not change an instance's state");
            }
        }

        @Override
        public String targetId() {
            return instanceId;
        }

        @Override
        public String outcome() {
            return to.apiName();
        }
    }

    /** A reboot: only a running instance restarts; EC2 accepts and ignores a reboot of any other. */
    record InstanceRebooted(String instanceId, boolean rebooted) implements EventDetail {
        public InstanceRebooted {
            Require.text(instanceId, "instanceId");
        }

        @Override
        public EventType action() {
            return EventType.REBOOT;
        }

        @Override
        public String targetId() {
            return instanceId;
        }

        @Override
        public String outcome() {
            return rebooted ? "rebooted" : "ignored";
        }
    }

    record InstanceTypeChanged(String instanceId, String from, String to) implements EventDetail {
        public InstanceTypeChanged {
            Require.text(instanceId, "instanceId");
            Require.text(from, "from");
            Require.text(to, "to");
        }

        @Override
        public EventType action() {
            return EventType.MODIFY_INSTANCE_TYPE;
        }

        @Override
        public String targetId() {
            return instanceId;
        }

        @Override
        public String outcome() {
            return to;
        }
    }

    record ProtectionChanged(String instanceId, Protection protection, boolean enabled) implements EventDetail {
        public ProtectionChanged {
            Require.text(instanceId, "instanceId");
            Require.present(protection, "protection");
        }

        @Override
        public EventType action() {
            return EventType.SET_PROTECTION;
        }

        @Override
        public String targetId() {
            return instanceId;
        }

        @Override
        public String outcome() {
            return protection.name().toLowerCase() + (enabled ? " on" : " off");
        }
    }

    /**
     * A new AMI of the learner's own, pending until its storage is written: created from an
     * EBS-backed instance, bundled from an instance store-backed one, or copied from another AMI.
     * {@code source} is the instance for the first two and the AMI copied for a copy, which came
     * from {@code sourceRegion}.
     */
    record ImageRegistered(EventType action, String imageId, String name, String region,
                           RootDeviceType rootDeviceType, String source, String sourceRegion) implements EventDetail {
        private static final Set<EventType> WAYS = Set.of(EventType.CREATE_IMAGE, EventType.BUNDLE_INSTANCE,
                EventType.COPY_IMAGE);

        public ImageRegistered {
            Require.present(action, "action");
            Require.text(imageId, "imageId");
            Require.text(name, "name");
            Require.text(region, "region");
            Require.present(rootDeviceType, "rootDeviceType");
            Require.text(source, "source");
            Require.text(sourceRegion, "sourceRegion");
            if (!WAYS.contains(action)) {
                throw new IllegalArgumentException(action + " does not register an image");
            }
        }

        /** A copy is asked of the AMI it copies, an image of the instance it captures. */
        @Override
        public String targetId() {
            return source;
        }

        @Override
        public String outcome() {
            return action == EventType.COPY_IMAGE ? imageId + " in " + region : imageId;
        }
    }

    /** What EC2 did to an image by itself: its storage was written, and it became available. */
    record ImageStateChanged(String imageId, ImageState from, ImageState to) implements EventDetail {
        public ImageStateChanged {
            Require.text(imageId, "imageId");
            Require.present(from, "from");
            Require.present(to, "to");
        }

        @Override
        public EventType action() {
            return EventType.STATE_CHANGE;
        }

        @Override
        public String targetId() {
            return imageId;
        }

        @Override
        public String outcome() {
            return to.apiName();
        }
    }

    record ImageDeregistered(String imageId) implements EventDetail {
        public ImageDeregistered {
            Require.text(imageId, "imageId");
        }

        @Override
        public EventType action() {
            return EventType.DEREGISTER_IMAGE;
        }

        @Override
        public String targetId() {
            return imageId;
        }

        @Override
        public String outcome() {
            return ImageState.DEREGISTERED.apiName();
        }
    }

    /** An Image Builder recipe version was created: what it starts from and applies, in order. */
    record ImageRecipeCreated(String region, String name, String version, String parentImageId, List<String> components)
            implements EventDetail {
        public ImageRecipeCreated {
            Require.text(region, "region");
            Require.text(name, "name");
            Require.text(version, "version");
            Require.text(parentImageId, "parentImageId");
            components = List.copyOf(components);
        }

        @Override
        public EventType action() {
            return EventType.CREATE_IMAGE_RECIPE;
        }

        @Override
        public String targetId() {
            return name + "/" + version;
        }

        @Override
        public String outcome() {
            return "created";
        }
    }

    /** A build component of the learner's own was created, with its steps. */
    record ComponentCreated(String name, String version, Platform platform, List<String> steps) implements EventDetail {
        public ComponentCreated {
            Require.text(name, "name");
            Require.text(version, "version");
            Require.present(platform, "platform");
            steps = List.copyOf(steps);
        }

        @Override
        public EventType action() {
            return EventType.CREATE_COMPONENT;
        }

        @Override
        public String targetId() {
            return name + "/" + version;
        }

        @Override
        public String outcome() {
            return "created";
        }
    }

    /** An Image Builder pipeline was created or updated ({@code action} says which). */
    record ImagePipelineSaved(EventType action, String region, String name, String recipe, String instanceType,
                              List<String> targetRegions, String schedule) implements EventDetail {
        public ImagePipelineSaved {
            Require.that(action == EventType.CREATE_IMAGE_PIPELINE || action == EventType.UPDATE_IMAGE_PIPELINE,
                    "a pipeline is created or updated");
            Require.text(region, "region");
            Require.text(name, "name");
            Require.text(recipe, "recipe");
            Require.text(instanceType, "instanceType");
            targetRegions = List.copyOf(targetRegions);
            Require.present(schedule, "schedule");
        }

        @Override
        public String targetId() {
            return name;
        }

        @Override
        public String outcome() {
            return action == EventType.CREATE_IMAGE_PIPELINE ? "created" : "updated";
        }
    }

    /**
     * A pipeline run began: by the learner (StartImagePipelineExecution) or by its schedule (a state
     * change); the build instance it launched is named.
     */
    record ImageBuildStarted(EventType action, String region, String pipeline, String image, String buildInstanceId)
            implements EventDetail {
        public ImageBuildStarted {
            Require.that(action == EventType.START_IMAGE_PIPELINE_EXECUTION || action == EventType.STATE_CHANGE,
                    "a run is started by the learner or by the schedule");
            Require.text(region, "region");
            Require.text(pipeline, "pipeline");
            Require.text(image, "image");
            Require.text(buildInstanceId, "buildInstanceId");
        }

        @Override
        public String targetId() {
            return pipeline;
        }

        @Override
        public String outcome() {
            return ImageBuild.Status.BUILDING.apiName();
        }
    }

    /** A pipeline's schedule matched but no run started, and why. */
    record ImageBuildSkipped(String region, String pipeline, String reason) implements EventDetail {
        public ImageBuildSkipped {
            Require.text(region, "region");
            Require.text(pipeline, "pipeline");
            Require.text(reason, "reason");
        }

        @Override
        public EventType action() {
            return EventType.STATE_CHANGE;
        }

        @Override
        public String targetId() {
            return pipeline;
        }

        @Override
        public String outcome() {
            return "skipped";
        }
    }

    /** An Image Builder image moved from one status to the next; a failed one says why. */
    record ImageBuildAdvanced(String region, String image, ImageBuild.Status from, ImageBuild.Status to, String reason)
            implements EventDetail {
        public ImageBuildAdvanced {
            Require.text(region, "region");
            Require.text(image, "image");
            Require.present(from, "from");
            Require.present(to, "to");
            Require.present(reason, "reason");
        }

        @Override
        public EventType action() {
            return EventType.STATE_CHANGE;
        }

        @Override
        public String targetId() {
            return image;
        }

        @Override
        public String outcome() {
            return to.apiName().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Block public access for AMIs turned on or off in a region. */
    record ImageBlockPublicAccessChanged(String region, boolean blocked) implements EventDetail {
        public ImageBlockPublicAccessChanged {
            Require.text(region, "region");
        }

        @Override
        public EventType action() {
            return EventType.SET_IMAGE_BLOCK_PUBLIC_ACCESS;
        }

        @Override
        public String targetId() {
            return region;
        }

        @Override
        public String outcome() {
            return blocked ? "block-new-sharing" : "unblocked";
        }
    }

    /** An import-image task began: VM Import works on the disk for a while in simulated time. */
    record ImportTaskStarted(String taskId, String region, String format, String operatingSystem, int sizeGiB)
            implements EventDetail {
        public ImportTaskStarted {
            Require.text(taskId, "taskId");
            Require.text(region, "region");
            Require.text(format, "format");
            Require.text(operatingSystem, "operatingSystem");
        }

        @Override
        public EventType action() {
            return EventType.IMPORT_IMAGE;
        }

        @Override
        public String targetId() {
            return taskId;
        }

        @Override
        public String outcome() {
            return ImportTask.Status.ACTIVE.apiName();
        }
    }

    /** An import task ended by itself: completed with a new AMI, or deleted with EC2's status message. */
    record ImportTaskEnded(String taskId, boolean completed, String imageId, String statusMessage) implements EventDetail {
        public ImportTaskEnded {
            Require.text(taskId, "taskId");
            Require.present(imageId, "imageId");
            Require.present(statusMessage, "statusMessage");
        }

        @Override
        public EventType action() {
            return EventType.STATE_CHANGE;
        }

        @Override
        public String targetId() {
            return taskId;
        }

        @Override
        public String outcome() {
            return (completed ? ImportTask.Status.COMPLETED : ImportTask.Status.DELETED).apiName();
        }
    }

    /** The hardware under a running instance failed: it keeps running, but fails its status checks. */
    record HostFailed(String instanceId) implements EventDetail {
        public HostFailed {
            Require.text(instanceId, "instanceId");
        }

        @Override
        public EventType action() {
            return EventType.FAIL_HOST;
        }

        @Override
        public String targetId() {
            return instanceId;
        }

        @Override
        public String outcome() {
            return "impaired";
        }
    }

    /** A line typed into an instance's shell and its exit status ({@code 0}: it did what it says). */
    record ShellCommandRan(String instanceId, String commandLine, int exitCode) implements EventDetail {
        public ShellCommandRan {
            Require.text(instanceId, "instanceId");
            Require.present(commandLine, "commandLine");
        }

        @Override
        public EventType action() {
            return EventType.RUN_SHELL_COMMAND;
        }

        @Override
        public String targetId() {
            return instanceId;
        }

        @Override
        public String outcome() {
            return "exit " + exitCode;
        }
    }

    /** The launch permission an image has after the change. */
    record LaunchPermissionChanged(String imageId, boolean publicImage, List<String> accountIds) implements EventDetail {
        public LaunchPermissionChanged {
            Require.text(imageId, "imageId");
            accountIds = Require.listOrEmpty(accountIds);
        }

        @Override
        public EventType action() {
            return EventType.MODIFY_LAUNCH_PERMISSION;
        }

        @Override
        public String targetId() {
            return imageId;
        }

        @Override
        public String outcome() {
            return publicImage ? "public" : "private";
        }
    }

    /** A snapshot, an S3 bundle or a volume was deleted by the learner, which ends its storage charge. */
    record StorageDeleted(EventType action, String storageId) implements EventDetail {
        private static final Set<EventType> DELETIONS = Set.of(EventType.DELETE_SNAPSHOT, EventType.DELETE_BUNDLE,
                EventType.DELETE_VOLUME);

        public StorageDeleted {
            Require.present(action, "action");
            Require.text(storageId, "storageId");
            if (!DELETIONS.contains(action)) {
                throw new IllegalArgumentException(action + " does not delete storage");
            }
        }

        @Override
        public String targetId() {
            return storageId;
        }

        @Override
        public String outcome() {
            return "deleted";
        }
    }

    /** What termination did to a volume by itself: deleted with the instance, or kept and available. */
    record VolumeStateChanged(String volumeId, String instanceId, VolumeState from, VolumeState to)
            implements EventDetail {
        public VolumeStateChanged {
            Require.text(volumeId, "volumeId");
            Require.text(instanceId, "instanceId");
            Require.present(from, "from");
            Require.present(to, "to");
        }

        @Override
        public EventType action() {
            return EventType.STATE_CHANGE;
        }

        @Override
        public String targetId() {
            return volumeId;
        }

        @Override
        public String outcome() {
            return to.apiName();
        }
    }

    record ClockAdvanced(Duration step) implements EventDetail {
        public ClockAdvanced {
            Require.present(step, "step");
        }

        @Override
        public EventType action() {
            return EventType.ADVANCE_CLOCK;
        }

        @Override
        public String targetId() {
            return CLOCK;
        }

        @Override
        public String outcome() {
            return "+" + step;
        }
    }

    record ClockSpeedChanged(int from, int to) implements EventDetail {
        @Override
        public EventType action() {
            return EventType.SET_SPEED;
        }

        @Override
        public String targetId() {
            return CLOCK;
        }

        @Override
        public String outcome() {
            return to + "x";
        }
    }

    /** The clock was paused ({@code running} false) or resumed. */
    record ClockRunning(boolean running) implements EventDetail {
        @Override
        public EventType action() {
            return running ? EventType.RESUME : EventType.PAUSE;
        }

        @Override
        public String targetId() {
            return CLOCK;
        }

        @Override
        public String outcome() {
            return running ? "running" : "paused";
        }
    }

    /**
     * EC2 refused the action on this target with its error code and message; nothing changed. A
     * refusal naming several instances is one line per instance.
     */
    record ActionRefused(EventType action, String targetId, String code, String message) implements EventDetail {
        public static final String OUTCOME = "refused";

        public ActionRefused {
            Require.present(action, "action");
            Require.text(targetId, "targetId");
            Require.text(code, "code");
            Require.present(message, "message");
        }

        @Override
        public String outcome() {
            return OUTCOME;
        }
    }
}
