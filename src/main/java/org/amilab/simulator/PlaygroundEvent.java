package org.amilab.simulator;

import java.time.Instant;

/**
 * One line of the playground's log. {@code result} says what happened (a new state, "ok",
 * "ignored") or "refused"; {@code errorCode} is EC2's code for a refusal and empty otherwise.
 * {@code targetId} is the instance, volume, snapshot or image acted on, or "clock".
 */
public record PlaygroundEvent(long sequence, Instant simulatedAt, Instant realAt, String actor, EventType type,
                              String targetId, String result, String errorCode) {

    public static final String REFUSED = "refused";

    public PlaygroundEvent {
        Require.present(simulatedAt, "simulatedAt");
        Require.present(realAt, "realAt");
        Require.text(actor, "actor");
        Require.present(type, "type");
        Require.text(targetId, "targetId");
        Require.text(result, "result");
        errorCode = errorCode == null ? "" : errorCode;
    }

    public boolean accepted() {
        return errorCode.isEmpty();
    }
}
