package org.amilab.simulator;

import java.time.Instant;

/**
 * A stretch of an instance's history in one state and with one instance type, from {@code from}.
 * {@code until} is when it ended, or for the last segment of a transitional state when it is due
 * to end; it is null for the last segment of a stable state, which lasts until someone acts.
 * {@code reason} is why the instance came into this state, kept by the state it settles into.
 */
public record StateSegment(InstanceState state, String instanceType, Instant from, Instant until, StateReason reason) {

    public StateSegment {
        Require.present(state, "state");
        Require.text(instanceType, "instanceType");
        Require.present(from, "from");
        Require.that(until == null || !until.isBefore(from), "a segment cannot end before it starts");
        // a playground stored before reasons were kept has none for its segments, which is what they were
        reason = reason == null ? StateReason.NONE : reason;
    }

    public static StateSegment open(InstanceState state, String instanceType, Instant from, StateReason reason) {
        return new StateSegment(state, instanceType, from, null, reason);
    }

    public boolean isOpen() {
        return until == null;
    }

    public StateSegment endingAt(Instant end) {
        return new StateSegment(state, instanceType, from, end, reason);
    }
}
