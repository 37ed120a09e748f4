package org.amilab.simulator;

import java.time.Instant;

/**
 * One line of the playground's log: its number, when it happened in simulated and in real time,
 * who did it, and {@link EventDetail what happened}, with its facts as fields.
 */
public record PlaygroundEvent(long sequence, Instant simulatedAt, Instant realAt, Actor actor, EventDetail detail) {

    public static final String REFUSED = EventDetail.ActionRefused.OUTCOME;

    public PlaygroundEvent {
        Require.present(simulatedAt, "simulatedAt");
        Require.present(realAt, "realAt");
        Require.present(actor, "actor");
        Require.present(detail, "detail");
    }

    public EventType type() {
        return detail.action();
    }

    public String targetId() {
        return detail.targetId();
    }

    /** A state, "rebooted", "deleted", or "refused". */
    public String result() {
        return detail.outcome();
    }

    public boolean accepted() {
        return !(detail instanceof EventDetail.ActionRefused);
    }

    /** EC2's code for a refusal, empty otherwise. */
    public String errorCode() {
        return detail instanceof EventDetail.ActionRefused refused ? refused.code() : "";
    }
}
