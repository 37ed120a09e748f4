package org.amilab.simulator;

import java.time.Instant;
import java.util.Comparator;

/**
 * Something in the playground that becomes something else at a simulated instant, without anyone
 * acting: an instance settles out of pending, stopping or shutting-down; an image becomes available.
 * Nothing ticks: when an action catches up to the simulated now (or a read projects it on a copy),
 * the changes due by then happen in time order and each is logged in EC2's name. A new kind (an image build step, a
 * pipeline run) is one more record here.
 */
sealed interface DueChange {

    Comparator<DueChange> IN_TIME_ORDER = Comparator.comparing(DueChange::at).thenComparing(DueChange::resourceId);

    Instant at();

    String resourceId();

    /** Writes the change into {@code resources} and logs it; {@code realAt} is when the clock showed {@link #at()}. */
    void happen(Resources resources, EventLog log, Instant realAt, Instant now);

    record InstanceSettles(Instant at, String resourceId) implements DueChange {

        @Override
        public void happen(Resources resources, EventLog log, Instant realAt, Instant now) {
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
        public void happen(Resources resources, EventLog log, Instant realAt, Instant now) {
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
        public void happen(Resources resources, EventLog log, Instant realAt, Instant now) {
            resources.images.put(resourceId, resources.images.get(resourceId).materialisedAt(now));
            log.logTransition(at, realAt, new EventDetail.ImageStateChanged(resourceId, ImageState.PENDING,
                    ImageState.AVAILABLE));
        }
    }
}
