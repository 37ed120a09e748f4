package org.amilab.playground.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amilab.simulator.EventDetail;
import org.amilab.simulator.EventDetail.ActionRefused;
import org.amilab.simulator.EventDetail.ClockAdvanced;
import org.amilab.simulator.EventDetail.ClockRunning;
import org.amilab.simulator.EventDetail.ClockSpeedChanged;
import org.amilab.simulator.EventDetail.HostFailed;
import org.amilab.simulator.EventDetail.ImageBlockPublicAccessChanged;
import org.amilab.simulator.EventDetail.ImageDeregistered;
import org.amilab.simulator.EventDetail.ComponentCreated;
import org.amilab.simulator.EventDetail.ImageBuildAdvanced;
import org.amilab.simulator.EventDetail.ImageBuildSkipped;
import org.amilab.simulator.EventDetail.ImageBuildStarted;
import org.amilab.simulator.EventDetail.ImagePipelineSaved;
import org.amilab.simulator.EventDetail.ImageRecipeCreated;
import org.amilab.simulator.EventDetail.ImageRegistered;
import org.amilab.simulator.EventDetail.ImageStateChanged;
import org.amilab.simulator.EventDetail.ImportTaskEnded;
import org.amilab.simulator.EventDetail.ImportTaskStarted;
import org.amilab.simulator.EventDetail.InstanceLaunched;
import org.amilab.simulator.EventDetail.InstanceRebooted;
import org.amilab.simulator.EventDetail.InstanceStateChanged;
import org.amilab.simulator.EventDetail.InstanceTypeChanged;
import org.amilab.simulator.EventDetail.LaunchPermissionChanged;
import org.amilab.simulator.EventDetail.ProtectionChanged;
import org.amilab.simulator.EventDetail.ShellCommandRan;
import org.amilab.simulator.EventDetail.StorageDeleted;
import org.amilab.simulator.EventDetail.VolumeStateChanged;
import org.amilab.simulator.EventType;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.RootDeviceType;

/**
 * How a log line reads in the timeline, written from its fields: what was launched from what,
 * which state became which and why, clock steps in days and hours rather than ISO-8601's "PT1H".
 */
final class EventText {

    private static final String ARROW = " \u2192 ";

    private EventText() {
    }

    static String action(PlaygroundEvent event) {
        return event.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String result(PlaygroundEvent event) {
        EventDetail detail = event.detail();
        if (detail instanceof ActionRefused refused) {
            return "refused: " + refused.code();
        }
        if (detail instanceof InstanceLaunched launched) {
            return "pending: " + launched.instanceType() + " from " + launched.imageId() + " in " + launched.region()
                    + ", " + root(launched.rootDeviceType()) + " root of " + launched.rootSizeGiB() + " GiB";
        }
        if (detail instanceof InstanceStateChanged changed) {
            String states = changed.from() == changed.to() ? "still " + changed.to().apiName()
                    : changed.from().apiName() + ARROW + changed.to().apiName();
            return changed.reason().isNone() ? states : states + " (" + changed.reason().message() + ")";
        }
        if (detail instanceof InstanceRebooted rebooted) {
            return rebooted.rebooted() ? "rebooted" : "ignored: only a running instance reboots";
        }
        if (detail instanceof InstanceTypeChanged retyped) {
            return retyped.from() + ARROW + retyped.to();
        }
        if (detail instanceof ProtectionChanged protection) {
            return protection.protection().name().toLowerCase() + " protection " + (protection.enabled() ? "on" : "off");
        }
        if (detail instanceof ImageRegistered image) {
            return image.action() == EventType.COPY_IMAGE
                    ? image.imageId() + " in " + image.region() + ", copied from " + image.sourceRegion()
                    : image.imageId() + " \"" + image.name() + "\", " + root(image.rootDeviceType());
        }
        if (detail instanceof ImageStateChanged image) {
            return image.from().apiName() + ARROW + image.to().apiName();
        }
        if (detail instanceof ImageDeregistered) {
            return "deregistered";
        }
        if (detail instanceof LaunchPermissionChanged permission) {
            return permission.publicImage() ? "public"
                    : permission.accountIds().isEmpty() ? "private"
                    : "shared with " + String.join(", ", permission.accountIds());
        }
        if (detail instanceof ImageRecipeCreated recipe) {
            return "created: from " + recipe.parentImageId() + " with " + String.join(", ", recipe.components());
        }
        if (detail instanceof ComponentCreated component) {
            return "created: " + component.steps().size() + (component.steps().size() == 1 ? " step" : " steps")
                    + " for " + component.platform().name().toLowerCase(Locale.ROOT);
        }
        if (detail instanceof ImagePipelineSaved pipeline) {
            return pipeline.outcome() + ": builds " + pipeline.recipe() + " on " + pipeline.instanceType() + " for "
                    + String.join(", ", pipeline.targetRegions())
                    + (pipeline.schedule().isEmpty() ? ", run by hand" : ", " + pipeline.schedule());
        }
        if (detail instanceof ImageBuildStarted started) {
            return "building " + started.image() + " on " + started.buildInstanceId()
                    + (started.action() == EventType.STATE_CHANGE ? ", as scheduled" : "");
        }
        if (detail instanceof ImageBuildSkipped skipped) {
            return "scheduled run skipped: " + skipped.reason();
        }
        if (detail instanceof ImageBuildAdvanced image) {
            return image.image() + " " + image.from().apiName().toLowerCase(Locale.ROOT) + ARROW
                    + image.to().apiName().toLowerCase(Locale.ROOT) + (image.reason().isEmpty() ? "" : ": " + image.reason());
        }
        if (detail instanceof ImageBlockPublicAccessChanged block) {
            return block.blocked() ? "on: no AMI can be made public in " + block.region()
                    : "off: AMIs in " + block.region() + " can be made public";
        }
        if (detail instanceof ImportTaskStarted started) {
            return "active: importing a " + started.sizeGiB() + " GiB " + started.format() + " disk with "
                    + started.operatingSystem() + " in " + started.region();
        }
        if (detail instanceof ImportTaskEnded ended) {
            return ended.completed() ? "completed: " + ended.imageId() + " is available" : "deleted: " + ended.statusMessage();
        }
        if (detail instanceof HostFailed) {
            return "impaired: the hardware under it failed, its status checks fail";
        }
        if (detail instanceof ShellCommandRan ran) {
            return "$ " + ran.commandLine() + (ran.exitCode() == 0 ? "" : " (exit status " + ran.exitCode() + ")");
        }
        if (detail instanceof StorageDeleted) {
            return "deleted";
        }
        if (detail instanceof VolumeStateChanged volume) {
            return volume.from().apiName() + ARROW + volume.to().apiName() + " as " + volume.instanceId() + " ended";
        }
        if (detail instanceof ClockAdvanced advanced) {
            return "+" + inWords(advanced.step());
        }
        if (detail instanceof ClockSpeedChanged speed) {
            return speed.to() + "\u00d7 real time";
        }
        if (detail instanceof ClockRunning running) {
            return running.running() ? "running" : "paused";
        }
        return detail.outcome();
    }

    private static String root(RootDeviceType type) {
        return type == RootDeviceType.EBS ? "EBS" : "instance store";
    }

    /** "1 day 2 hours", "30 days", "45 seconds": the largest units first, none that is zero. */
    static String inWords(Duration duration) {
        List<String> parts = new ArrayList<>();
        add(parts, duration.toDays(), "day");
        add(parts, duration.toHoursPart(), "hour");
        add(parts, duration.toMinutesPart(), "minute");
        add(parts, duration.toSecondsPart(), "second");
        return parts.isEmpty() ? "0 seconds" : String.join(" ", parts);
    }

    private static void add(List<String> parts, long amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }
}
