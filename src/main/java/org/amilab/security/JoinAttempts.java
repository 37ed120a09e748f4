package org.amilab.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.amilab.base.SignedIn;
import org.springframework.stereotype.Component;

/**
 * How often the signed-in user may try a workshop code: wrong codes are counted per user and per
 * address, in the database like failed sign-ins, and past a few the next try must wait. A right
 * code is not counted.
 */
@Component
public class JoinAttempts {

    private final AttemptCounters attempts;

    JoinAttempts(AttemptCounters attempts) {
        this.attempts = attempts;
    }

    /** How long the signed-in user must wait before trying a code again; empty when they may now. */
    public Optional<Duration> waitBeforeTrying() {
        List<AttemptKey> keys = keys();
        return attempts.withLocked(keys, locked -> keys.stream()
                .flatMap(key -> locked.get(key).waitRemaining(locked.now()).stream())
                .max(Duration::compareTo));
    }

    /** Counts a wrong code against the signed-in user and their address. */
    public void countWrongCode() {
        List<AttemptKey> keys = keys();
        attempts.withLocked(keys, locked -> {
            keys.forEach(key -> locked.get(key).count(locked.now()));
            return null;
        });
    }

    /** Address first, as every caller of the counters orders them. */
    private static List<AttemptKey> keys() {
        String username = SignedIn.username().orElseThrow(() -> new IllegalStateException("only a signed-in user joins"));
        return List.of(AttemptKey.of(Throttle.WORKSHOP_CODE_ADDRESS, ClientRequest.address().orElse("unknown")),
                AttemptKey.of(Throttle.WORKSHOP_CODE_USERNAME, username));
    }
}
