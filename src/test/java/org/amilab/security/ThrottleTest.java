package org.amilab.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private static final Instant LAST = Instant.parse("2026-12-02T09:00:00Z");

    @Test
    void freeAttemptsNeverWait() {
        assertThat(Throttle.SIGN_IN_USERNAME.waitRemaining(4, LAST, LAST)).isEmpty();
    }

    @Test
    void theWaitDoublesAfterTheFreeAttemptsUpToItsCeiling() {
        var username = Throttle.SIGN_IN_USERNAME;
        assertThat(username.waitAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(username.waitAfter(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(username.waitAfter(8)).isEqualTo(Duration.ofMinutes(8));
        assertThat(username.waitAfter(9)).isEqualTo(Duration.ofMinutes(15));
        assertThat(username.waitAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theWaitCountsFromTheLastAttempt() {
        var wait = Throttle.SIGN_IN_USERNAME.waitRemaining(6, LAST, LAST.plusSeconds(90));
        assertThat(wait).contains(Duration.ofSeconds(30));
        assertThat(Throttle.SIGN_IN_USERNAME.waitRemaining(6, LAST, LAST.plusSeconds(120))).isEmpty();
    }

    @Test
    void anHourOfQuietForgetsEverything() {
        assertThat(Throttle.SIGN_IN_USERNAME.waitRemaining(1_000, LAST, LAST.plus(Throttle.FORGET_AFTER))).isEmpty();
    }

    @Test
    void aWholeClassCanSignUpFromOneAddress() {
        assertThat(Throttle.SIGN_UP_ADDRESS.freeAttempts()).isGreaterThanOrEqualTo(40);
    }
}
