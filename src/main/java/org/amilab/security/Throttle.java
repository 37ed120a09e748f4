package org.amilab.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A limit on attempts: a number of free attempts, then a wait before the next one that doubles
 * with every further attempt up to a ceiling. Attempts are forgotten after an hour without any.
 * Waits grow instead of locking for a fixed time, so a real person who mistyped a few times waits
 * a minute, while a guesser soon waits the full ceiling for every try.
 */
enum Throttle {
    /** Failed sign-ins for one username, from anywhere. */
    SIGN_IN_USERNAME(5, Duration.ofMinutes(1), Duration.ofMinutes(15)),
    /** Failed sign-ins from one address, for any usernames. A workshop room shares one address, so it is generous. */
    SIGN_IN_ADDRESS(20, Duration.ofSeconds(2), Duration.ofMinutes(15)),
    /** Failed sign-ins for one username from one address: an address that never failed may pass the username's wait. */
    SIGN_IN_USERNAME_AT_ADDRESS(5, Duration.ofMinutes(1), Duration.ofMinutes(15)),
    /** Accounts created from one address: a whole class signs up from one address at the start of a workshop. */
    SIGN_UP_ADDRESS(60, Duration.ofSeconds(30), Duration.ofHours(1)),
    /** "That username is taken" answers to one address, which would otherwise let anyone list the usernames. */
    USERNAME_TAKEN_ADDRESS(15, Duration.ofSeconds(30), Duration.ofHours(1)),
    /** Wrong current passwords when changing it: a session left open must not become a way to guess the password. */
    CURRENT_PASSWORD_USERNAME(5, Duration.ofMinutes(1), Duration.ofMinutes(15)),
    /** Wrong workshop codes typed by one user: a code is short, so guessing must be slow. */
    WORKSHOP_CODE_USERNAME(5, Duration.ofSeconds(30), Duration.ofMinutes(15)),
    /** Wrong workshop codes from one address, whoever types them: a room of learners shares one, so it is generous. */
    WORKSHOP_CODE_ADDRESS(40, Duration.ofSeconds(5), Duration.ofMinutes(15));

    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final int freeAttempts;
    private final Duration firstWait;
    private final Duration longestWait;

    Throttle(int freeAttempts, Duration firstWait, Duration longestWait) {
        this.freeAttempts = freeAttempts;
        this.firstWait = firstWait;
        this.longestWait = longestWait;
    }

    int freeAttempts() {
        return freeAttempts;
    }

    /** How long after the last of these attempts the next one must wait, or empty when it may go ahead now. */
    Optional<Duration> waitRemaining(int attempts, Instant lastAttempt, Instant now) {
        if (attempts < freeAttempts || forgotten(lastAttempt, now)) {
            return Optional.empty();
        }
        Instant allowedFrom = lastAttempt.plus(waitAfter(attempts));
        return now.isBefore(allowedFrom) ? Optional.of(Duration.between(now, allowedFrom)) : Optional.empty();
    }

    Duration waitAfter(int attempts) {
        int doublings = Math.min(attempts - freeAttempts, 30);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    static boolean forgotten(Instant lastAttempt, Instant now) {
        return !now.isBefore(lastAttempt.plus(FORGET_AFTER));
    }
}
