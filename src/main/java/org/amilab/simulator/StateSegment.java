package org.amilab.simulator;

import java.time.Instant;

/**
 * A stretch of an instance's history in one state and with one instance type, from {@code from}.
 * {@code until} is when it ended, or for the last segment of a transitional state when it is due
 * to end; it is null for the last segment of a stable state, which lasts until someone acts.
 */
public record StateSegment(InstanceState state, String instanceType, Instant from, Instant until) {

    public StateSegment {
        Require.present(state, "state");
        Require.text(instanceType, "instanceType");
        Require.present(from, "from");
        Require.that(until == null || !until.isBefore(from), "a segment cannot end before it starts");
    }

    public static StateSegment open(InstanceState state, String instanceType, Instant from) {
        return new StateSegment(state, instanceType, from, null);
    }

    public boolean isOpen() {
        return until == null;
    }

    public StateSegment endingAt(Instant end) {
        return new StateSegment(state, instanceType, from, end);
    }
}
