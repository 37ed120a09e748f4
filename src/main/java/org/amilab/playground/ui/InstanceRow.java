package org.amilab.playground.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.Instance;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.StateSegment;
import org.amilab.simulator.StatusChecks;

/** One line of the instances grid, read at the view's simulated instant. */
record InstanceRow(Instance instance, InstanceState state, Optional<Double> progress, Optional<StatusChecks> checks,
                   Duration uptime, String cost) {

    static InstanceRow of(Instance instance, PlaygroundView view) {
        Instant now = view.simulatedNow();
        StateSegment segment = instance.segmentAt(now);
        InstanceState state = instance.stateAt(now);
        Optional<Double> progress = state == InstanceState.PENDING
                ? segment.until().map(end -> fraction(segment.from(), end, now)) : Optional.empty();
        Duration uptime = state == InstanceState.RUNNING ? Duration.between(segment.from(), now) : Duration.ZERO;
        return new InstanceRow(instance, state, progress, instance.statusChecksAt(now), uptime,
                view.costsSoFar().forInstance(instance.id()).toDisplayString());
    }

    String id() {
        return instance.id();
    }

    /** What the grid shows of this instance; the row is redrawn only when this changes. */
    List<String> shownAs() {
        return List.of(instance.id(), instance.name(), instance.imageId(), instance.instanceType(), state.name(),
                progress.map(p -> String.valueOf(Math.round(p * 20))).orElse(""), checksText(), uptimeText(), cost);
    }

    /** The console's summary of the two status checks; nothing while the instance is not running. */
    String checksText() {
        return checks.map(StatusChecks::summary).orElse("");
    }

    boolean checksFailed() {
        return checks.filter(StatusChecks::failed).isPresent();
    }

    String uptimeText() {
        if (state != InstanceState.RUNNING) {
            return "—";
        }
        long days = uptime.toDays();
        return (days > 0 ? days + " d " : "") + uptime.toHoursPart() + " h " + String.format("%02d", uptime.toMinutesPart())
                + " min";
    }

    private static double fraction(Instant from, Instant until, Instant now) {
        double total = Duration.between(from, until).toMillis();
        return total <= 0 ? 1 : Math.min(1, Math.max(0, Duration.between(from, now).toMillis() / total));
    }
}
