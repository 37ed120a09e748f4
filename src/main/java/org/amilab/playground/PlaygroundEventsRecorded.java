package org.amilab.playground;

import java.util.List;
import org.amilab.simulator.PlaygroundEvent;

/**
 * The log lines one action wrote to a learner's playground (by owner's name, as the log's actors
 * are named, and account id), oldest first: the transitions that fell
 * due before it (actor EC2), then the action itself, accepted or refused. Published inside the
 * action's transaction; other features listen with {@code @ApplicationModuleListener}, so they hear
 * only what was committed, and the event publication registry hands it to them again after a
 * restart if they had not finished with it.
 */
public record PlaygroundEventsRecorded(String owner, long ownerId, PlaygroundRef playground, List<PlaygroundEvent> lines) {

    public PlaygroundEventsRecorded {
        lines = List.copyOf(lines);
    }
}
