package org.amilab.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amilab.simulator.Actor;
import org.amilab.simulator.Ami;
import org.amilab.simulator.EventDetail;
import org.amilab.simulator.EventType;
import org.amilab.simulator.Instance;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.Snapshot;
import org.amilab.simulator.Volume;

/**
 * A playground as a challenge step's conditions see it at one simulated instant: what it holds, and
 * its whole log. What a challenge's setup did before the learner came in is told apart, so that a
 * step asking the learner to launch is not met by the instance the challenge launched for them.
 */
public record Observed(Instant now, List<Instance> instances, List<Ami> images, List<Volume> volumes,
                       List<Snapshot> snapshots, List<PlaygroundEvent> log) {

    public Observed {
        instances = List.copyOf(instances);
        images = List.copyOf(images);
        volumes = List.copyOf(volumes);
        snapshots = List.copyOf(snapshots);
        log = List.copyOf(log);
    }

    /**
     * The last line of the setup: its own last line, or after it the transitions EC2 made by then
     * (the boots and stops it waited for, written down with the next action); 0 without a setup.
     */
    long setupEnd() {
        Optional<PlaygroundEvent> last = log.stream().filter(e -> e.actor().equals(Actor.SETUP))
                .reduce((earlier, later) -> later);
        if (last.isEmpty()) {
            return 0;
        }
        // the setup's last action moves the clock on to let everything settle: what EC2 did by then is the setup's
        Instant settled = last.get().detail() instanceof EventDetail.ClockAdvanced advanced
                ? last.get().simulatedAt().plus(advanced.step()) : last.get().simulatedAt();
        long end = last.get().sequence();
        for (PlaygroundEvent line : log) {
            if (line.sequence() == end + 1 && line.actor().equals(Actor.EC2) && !line.simulatedAt().isAfter(settled)) {
                end++;
            }
        }
        return end;
    }

    /** What happened after the setup: the learner's actions and EC2's transitions. */
    List<PlaygroundEvent> sinceSetup() {
        long end = setupEnd();
        return log.stream().filter(e -> e.sequence() > end).toList();
    }

    Set<String> setupInstanceIds() {
        long end = setupEnd();
        return log.stream().filter(e -> e.sequence() <= end)
                .map(PlaygroundEvent::detail).filter(EventDetail.InstanceLaunched.class::isInstance)
                .map(EventDetail::targetId).collect(Collectors.toSet());
    }

    /** How each AMI of the learner's own was made, by id: created, bundled, copied or imported. */
    Map<String, EventType> howImagesWereMade() {
        Map<String, EventType> made = new java.util.LinkedHashMap<>();
        for (PlaygroundEvent event : log) {
            if (event.detail() instanceof EventDetail.ImageRegistered registered) {
                made.putIfAbsent(registered.imageId(), registered.action());
            } else if (event.detail() instanceof EventDetail.ImportTaskEnded ended && ended.completed()) {
                made.putIfAbsent(ended.imageId(), EventType.IMPORT_IMAGE);
            }
        }
        return made;
    }

    Optional<Instance> instance(String id) {
        return instances.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
