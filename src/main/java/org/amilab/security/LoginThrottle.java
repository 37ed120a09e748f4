package org.amilab.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-in for a username after repeated failures. Keyed by username, never by address:
 * a whole workshop signs in from behind one NAT, and one careless learner must not lock out the room.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    /** Bounds memory when someone sprays sign-ins over many made-up usernames. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Attempts> byUsername = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How much longer this username is refused, or empty when it may try. */
    Optional<Duration> lockRemaining(String username) {
        Attempts attempts = byUsername.get(key(username));
        if (attempts == null) {
            return Optional.empty();
        }
        synchronized (attempts) {
            return attempts.lockRemaining(clock.instant());
        }
    }

    void recordFailure(String username) {
        if (byUsername.size() > PRUNE_ABOVE) {
            prune();
        }
        Attempts attempts = byUsername.computeIfAbsent(key(username), k -> new Attempts());
        synchronized (attempts) {
            attempts.fail(clock.instant());
        }
    }

    void recordSuccess(String username) {
        byUsername.remove(key(username));
    }

    private void prune() {
        Instant now = clock.instant();
        byUsername.values().removeIf(attempts -> {
            synchronized (attempts) {
                return attempts.isStale(now);
            }
        });
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Attempts {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        void fail(Instant now) {
            dropOld(now);
            failures.addLast(now);
            if (failures.size() >= MAX_FAILURES) {
                lockedUntil = now.plus(LOCK);
                failures.clear();
            }
        }

        Optional<Duration> lockRemaining(Instant now) {
            return now.isBefore(lockedUntil) ? Optional.of(Duration.between(now, lockedUntil)) : Optional.empty();
        }

        boolean isStale(Instant now) {
            dropOld(now);
            return failures.isEmpty() && !now.isBefore(lockedUntil);
        }

        private void dropOld(Instant now) {
            Instant windowStart = now.minus(WINDOW);
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(windowStart)) {
                failures.removeFirst();
            }
        }
    }
}
