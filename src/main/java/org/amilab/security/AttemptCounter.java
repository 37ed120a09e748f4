package org.amilab.security;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

@Entity
@Table(name = "attempt_counter")
class AttemptCounter {

    @EmbeddedId
    private AttemptKey key;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_attempt_at", nullable = false)
    private Instant lastAttemptAt;

    protected AttemptCounter() {
    }

    AttemptCounter(AttemptKey key, Instant now) {
        this.key = key;
        this.attempts = 0;
        this.lastAttemptAt = now;
    }

    Throttle throttle() {
        return key.throttle();
    }

    /** Attempts that still count at this moment. */
    int attempts(Instant now) {
        return Throttle.forgotten(lastAttemptAt, now) ? 0 : attempts;
    }

    Optional<Duration> waitRemaining(Instant now) {
        return throttle().waitRemaining(attempts, lastAttemptAt, now);
    }

    void count(Instant now) {
        attempts = attempts(now) + 1;
        lastAttemptAt = now;
    }

    /** Takes back one counted attempt: it turned out to be a success, which is no reason to slow anyone down. */
    void uncount() {
        attempts = Math.max(0, attempts - 1);
    }

    void forget() {
        attempts = 0;
    }
}
