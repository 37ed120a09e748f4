package org.amilab.simulator;

import java.time.Instant;
import java.util.Optional;

/**
 * A stretch of an instance's history in one state and with one instance type, from {@code from}.
 * {@code until} is when it ended, or for the last segment of a transitional state when it is due
 * to end; it is empty for the last segment of a stable state, which lasts until someone acts.
 * {@code reason} is why the instance came into this state, kept by the state it settles into.
 */
public record StateSegment(InstanceState state, String instanceType, Instant from, Optional<Instant> until,
                           StateReason reason) {

    public StateSegment {
        Require.present(state, "state");
        Require.text(instanceType, "instanceType");
        Require.present(from, "from");
        until = Require.orNone(until);
        Require.that(until.isEmpty() || !until.get().isBefore(from), "a segment cannot end before it starts");
        // a playground stored before reasons were kept has none for its segments, which is what they were
        reason = reason == null ? StateReason.NONE : reason;
    }

    public static StateSegment open(InstanceState state, String instanceType, Instant from, StateReason reason) {
        return new StateSegment(state, instanceType, from, Optional.empty(), reason);
    }

    /** When the segment ends, or {@code t} if it has not ended by then. */
    public Instant endOr(Instant t) {
        // on the cost calculator's hot path: no lambda
        return until.isPresent() && until.get().isBefore(t) ? until.get() : t;
    }

    /** When a segment known to end (a transitional state, a closed segment) ends. */
    public Instant end() {
        return until.orElseThrow(() -> new IllegalStateException(state + " from " + from + " has no end"));
    }

    public StateSegment endingAt(Instant end) {
        return new StateSegment(state, instanceType, from, Optional.of(end), reason);
    }
}
