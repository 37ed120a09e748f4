package org.amilab.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedHashingTest {

    /** A hash that takes a while and counts how many run at the same moment. */
    private static final class SlowHashing implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public String encode(CharSequence password) {
            work();
            return "hashed:" + password;
        }

        @Override
        public boolean matches(CharSequence password, String hash) {
            work();
            return hash.equals("hashed:" + password);
        }

        private void work() {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @Test
    void twentyParallelSignInsHashTwoAtATimeAndAllGetTheirAnswer() throws Exception {
        var slow = new SlowHashing();
        var bounded = new BoundedHashing(slow, 2);
        ExecutorService crowd = Executors.newFixedThreadPool(20);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String password = "passphrase number " + i;
                answers.add(crowd.submit(() -> bounded.matches(password, bounded.encode(password))));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            crowd.shutdown();
        }
        assertThat(slow.most.get()).isEqualTo(2);
    }
}
