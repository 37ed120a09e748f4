package org.amilab.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fourFailuresDoNotLock() {
        failTimes("ana", 4);
        assertThat(throttle.lockRemaining("ana")).isEmpty();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        failTimes("ana", 5);
        assertThat(throttle.lockRemaining("ana")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.lockRemaining("ana")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockRemaining("ana")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        failTimes("ana", 4);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        throttle.recordFailure("ana");
        assertThat(throttle.lockRemaining("ana")).isEmpty();
    }

    @Test
    void failuresSpreadInsideTheWindowCount() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("ana");
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.lockRemaining("ana")).isPresent();
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        failTimes("ana", 4);
        throttle.recordSuccess("ana");
        throttle.recordFailure("ana");
        assertThat(throttle.lockRemaining("ana")).isEmpty();
    }

    @Test
    void isKeyedByUsernameIgnoringCaseAndSpaces() {
        failTimes("Ana", 3);
        failTimes(" ana ", 2);
        assertThat(throttle.lockRemaining("ANA")).isPresent();
        assertThat(throttle.lockRemaining("ben")).isEmpty();
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
