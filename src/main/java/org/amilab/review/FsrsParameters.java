package org.amilab.review;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of the FSRS-6 scheduler: its 21 model weights, the retention it aims for, the short
 * steps of learning and relearning, and the longest interval. {@link #DEFAULTS} are FSRS-6's
 * published defaults, as the open-spaced-repetition reference scheduler uses them.
 */
public record FsrsParameters(List<Double> weights, double desiredRetention, List<Duration> learningSteps,
        List<Duration> relearningSteps, int maximumIntervalDays) {

    private static final double MIN_STABILITY = 0.001;
    private static final double[] LOWER = {MIN_STABILITY, MIN_STABILITY, MIN_STABILITY, MIN_STABILITY, 1.0, 0.001,
            0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1};
    private static final double[] UPPER = {100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25,
            0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8};

    public static final FsrsParameters DEFAULTS = new FsrsParameters(List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542),
            0.9, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), 36_500);

    public FsrsParameters {
        weights = List.copyOf(weights);
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        if (weights.size() != LOWER.length) {
            throw new IllegalArgumentException("FSRS-6 has " + LOWER.length + " weights, not " + weights.size() + ".");
        }
        var outOfRange = new ArrayList<String>();
        for (int i = 0; i < LOWER.length; i++) {
            if (!(weights.get(i) >= LOWER[i] && weights.get(i) <= UPPER[i])) {
                outOfRange.add("w" + i + " = " + weights.get(i) + " is outside " + LOWER[i] + " to " + UPPER[i]);
            }
        }
        if (!outOfRange.isEmpty()) {
            throw new IllegalArgumentException("FSRS weights out of range: " + String.join("; ", outOfRange) + ".");
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("The desired retention is between 0 and 1, not " + desiredRetention + ".");
        }
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("The longest interval is at least one day.");
        }
    }

    static double minimumStability() {
        return MIN_STABILITY;
    }

    double w(int index) {
        return weights.get(index);
    }
}
