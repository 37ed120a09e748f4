package org.amilab.simulator;

import java.time.Instant;
import java.util.Comparator;

/**
 * Something in the playground that becomes something else at a simulated instant, without anyone
 * acting: an instance settles out of pending, stopping or shutting-down; an image becomes available;
 * an import task ends; a pipeline's schedule matches; an Image Builder image ends a phase. Nothing
 * ticks: when an action catches up to the simulated now (or a read projects it on a copy), the
 * changes due by then happen in time order and each is logged in EC2's name.
 */
sealed interface DueChange {

    Comparator<DueChange> IN_TIME_ORDER = Comparator.comparing(DueChange::at).thenComparing(DueChange::resourceId);

    Instant at();

    String resourceId();

    /** Writes the change down and logs it. */
    void happen(Context context);

    /**
     * What a change may touch: the playground's resources and log, and the Image Builder parts that
     * run pipelines. {@code realAt} is when the clock showed {@link #at()}; {@code now} is the simulated now.
     */
    record Context(Resources resources, EventLog log, Instant realAt, Instant now, ImagePipelines pipelines,
                   ImageBuilds builds) {
    }

    record InstanceSettles(Instant at, String resourceId) implements DueChange {

        @Override
        public void happen(Context context) {
            Resources resources = context.resources();
            EventLog log = context.log();
            Instant realAt = context.realAt();
            Instant now = context.now();
            Instance before = resources.instances.get(resourceId);
            Instance next = before.materialisedAt(now);
            resources.instances.put(next.id(), next);
            InstanceState reached = next.lastSegment().state();
            log.logTransition(at, realAt, new EventDetail.InstanceStateChanged(EventType.STATE_CHANGE, next.id(),
                    before.lastSegment().state(), reached, next.lastSegment().reason()));
            if (reached == InstanceState.TERMINATED) {
                resources.volumes.values().stream().filter(v -> v.attachedTo(next.id()))
                        .forEach(v -> log.logTransition(at, realAt, new EventDetail.VolumeStateChanged(v.id(), next.id(),
                                VolumeState.IN_USE, v.stateAt(at))));
            }
        }
    }

    /** An import task reaches its end: a completed one registers its AMI, available at once, with its snapshot. */
    record ImportTaskEnds(Instant at, String resourceId) implements DueChange {

        @Override
        public void happen(Context context) {
            Resources resources = context.resources();
            EventLog log = context.log();
            Instant realAt = context.realAt();
            ImportTask task = resources.importTasks.get(resourceId);
            resources.importTasks.put(resourceId, task.asSettled());
            if (task.failure().isPresent()) {
                log.logTransition(at, realAt, new EventDetail.ImportTaskEnded(task.id(), false, "", task.failure().get()));
                return;
            }
            Imports.register(resources, task, at);
            log.logTransition(at, realAt, new EventDetail.ImportTaskEnded(task.id(), true, task.imageId(), ""));
        }
    }

    record ImageBecomesAvailable(Instant at, String resourceId) implements DueChange {

        @Override
        public void happen(Context context) {
            Resources resources = context.resources();
            resources.images.put(resourceId, resources.images.get(resourceId).materialisedAt(context.now()));
            context.log().logTransition(at, context.realAt(), new EventDetail.ImageStateChanged(resourceId, ImageState.PENDING,
                    ImageState.AVAILABLE));
        }
    }

    /** An Image Builder pipeline's schedule matches: a run starts, or is skipped and says why. */
    record ScheduledPipelineRun(Instant at, String resourceId) implements DueChange {

        @Override
        public void happen(Context context) {
            context.pipelines().scheduledRun(resourceId, at, context.realAt());
        }
    }

    /** An Image Builder image ends a phase: building, testing or distributing. */
    record ImageBuildAdvances(Instant at, String resourceId) implements DueChange {

        @Override
        public void happen(Context context) {
            context.builds().advance(resourceId, at, context.realAt());
        }
    }
}
