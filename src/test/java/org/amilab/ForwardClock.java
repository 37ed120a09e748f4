package org.amilab;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the tests: real time, which a browser test can move forward (never
 * back) to see what a learner sees later, such as review cards falling due. Every Spring test
 * shares it; moving it on by minutes is harmless to the others.
 */
public final class ForwardClock extends Clock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    public void moveForward(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        ahead.accumulateAndGet(step, Duration::plus);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application clock is UTC");
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        ForwardClock forwardClock() {
            return new ForwardClock();
        }
    }
}
