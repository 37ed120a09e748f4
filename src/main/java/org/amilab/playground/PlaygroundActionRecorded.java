package org.amilab.playground;

import java.time.Instant;
import org.amilab.simulator.EventType;
import org.amilab.simulator.PlaygroundEvent;

/**
 * Published for every line an action writes to a playground's log: the learner's action itself,
 * accepted or refused, and the changes EC2 made by itself that the action wrote down (actor
 * {@code @ec2}). Published inside the action's transaction: listen with
 * {@code @TransactionalEventListener} or {@code @ApplicationModuleListener} to hear only what was
 * committed. {@code errorCode} is EC2's code for a refusal and empty otherwise.
 */
public record PlaygroundActionRecorded(String username, long sequence, String actor, EventType action,
                                       String targetId, String result, String errorCode, Instant simulatedAt) {

    static PlaygroundActionRecorded of(String username, PlaygroundEvent event) {
        return new PlaygroundActionRecorded(username, event.sequence(), event.actor(), event.type(), event.targetId(),
                event.result(), event.errorCode(), event.simulatedAt());
    }

    public boolean refused() {
        return !errorCode.isEmpty();
    }
}
