package org.amilab.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A learner's simulated clock: {@code simulatedNow = simAnchor + (realNow - realAnchor) × speed},
 * frozen at {@code simAnchor} while paused. Every change re-anchors at the current real instant,
 * so nothing ever ticks. Simulated instants are whole seconds, the unit EC2 bills in.
 */
public record SimulatedClock(Instant realAnchor, Instant simAnchor, int speed, boolean paused) {

    public static final int MIN_SPEED = 1;
    public static final int MAX_SPEED = 3600;

    public SimulatedClock {
        Require.present(realAnchor, "realAnchor");
        simAnchor = Require.present(simAnchor, "simAnchor").truncatedTo(ChronoUnit.SECONDS);
        Require.that(speed >= MIN_SPEED && speed <= MAX_SPEED, "speed out of range: " + speed);
    }

    /** Simulated time starts where real time is, running at real speed. */
    public static SimulatedClock startingAt(Instant realNow) {
        return new SimulatedClock(realNow, realNow, MIN_SPEED, false);
    }

    /**
     * A real clock that steps backwards (a corrected system clock) holds simulated time still
     * rather than running it backwards: histories must never see time go back.
     */
    public Instant simulatedNow(Instant realNow) {
        if (paused || !realNow.isAfter(realAnchor)) {
            return simAnchor;
        }
        Duration elapsed = Duration.between(realAnchor, realNow).multipliedBy(speed);
        return simAnchor.plus(elapsed).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * The first real instant at which this clock showed {@code simulated}, for a simulated instant
     * it has reached: the anchor while paused, or for an instant before the anchor (reached by a
     * jump). In whole microseconds, as the database keeps them, so a stored line reads back the same.
     */
    public Instant realInstantOf(Instant simulated) {
        if (paused || !simulated.isAfter(simAnchor)) {
            return realAnchor;
        }
        // in Durations, not nanoseconds as a long: those end after 292 years of simulated time
        Duration simulatedSince = Duration.between(simAnchor, simulated);
        Duration realSince = simulatedSince.dividedBy(speed);
        if (realSince.multipliedBy(speed).compareTo(simulatedSince) < 0) {
            realSince = realSince.plusNanos(1);
        }
        Instant real = realAnchor.plus(realSince);
        Instant wholeMicros = real.truncatedTo(ChronoUnit.MICROS);
        return wholeMicros.equals(real) ? real : wholeMicros.plus(1, ChronoUnit.MICROS);
    }

    public SimulatedClock withSpeed(int newSpeed, Instant realNow) {
        return new SimulatedClock(latest(realNow), simulatedNow(realNow), newSpeed, paused);
    }

    public SimulatedClock pausedAt(Instant realNow) {
        return new SimulatedClock(latest(realNow), simulatedNow(realNow), speed, true);
    }

    public SimulatedClock resumedAt(Instant realNow) {
        return new SimulatedClock(latest(realNow), simulatedNow(realNow), speed, false);
    }

    public SimulatedClock advancedBy(Duration step, Instant realNow) {
        return new SimulatedClock(latest(realNow), simulatedNow(realNow).plus(step), speed, paused);
    }

    private Instant latest(Instant realNow) {
        return realNow.isAfter(realAnchor) ? realNow : realAnchor;
    }
}
