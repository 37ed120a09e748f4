package org.amilab.security;

import static org.amilab.security.Throttle.SIGN_IN_ADDRESS;
import static org.amilab.security.Throttle.SIGN_IN_USERNAME;
import static org.amilab.security.Throttle.SIGN_IN_USERNAME_AT_ADDRESS;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing without locking out the real person. An attempt is counted before its
 * password is checked and taken back when it succeeds. Three counters take part:
 * <ul>
 * <li>the address, over all usernames, so one machine cannot spray guesses over many accounts;</li>
 * <li>the username, over all addresses, so many machines cannot share the guessing of one;</li>
 * <li>the username from this address: while the username has to wait, an address that has not
 * failed for it still gets through, so whoever fails for someone else's name does not keep its
 * owner out.</li>
 * </ul>
 */
@Component
class SignInThrottle {

    /** Why an attempt is not even checked, and for how long. */
    record Refusal(Throttle throttle, Duration waitRemaining) {
    }

    private final AttemptCounters counters;

    SignInThrottle(AttemptCounters counters) {
        this.counters = counters;
    }

    /** Counts the attempt and lets it be checked, or says why not: nothing is counted then. */
    Optional<Refusal> admit(String username, String address) {
        var keys = keys(username, address);
        return counters.withLocked(keys, locked -> {
            var fromAddress = locked.get(keys.get(0));
            var forUsername = locked.get(keys.get(1));
            var forUsernameHere = locked.get(keys.get(2));
            var now = locked.now();
            Optional<Refusal> refusal = fromAddress.waitRemaining(now).map(wait -> new Refusal(SIGN_IN_ADDRESS, wait))
                    .or(() -> forUsernameHere.waitRemaining(now).map(wait -> new Refusal(SIGN_IN_USERNAME_AT_ADDRESS, wait)))
                    .or(() -> forUsernameHere.attempts(now) == 0 ? Optional.empty()
                            : forUsername.waitRemaining(now).map(wait -> new Refusal(SIGN_IN_USERNAME, wait)));
            if (refusal.isEmpty()) {
                fromAddress.count(now);
                forUsername.count(now);
                forUsernameHere.count(now);
            }
            return refusal;
        });
    }

    /** The password was right: the username's failures are forgotten, and this attempt is not held against the address. */
    void succeeded(String username, String address) {
        var keys = keys(username, address);
        counters.withLocked(keys, locked -> {
            locked.get(keys.get(0)).uncount();
            locked.get(keys.get(1)).forget();
            locked.get(keys.get(2)).forget();
            return null;
        });
    }

    /** Always in this order: address, username, username at address (see AttemptCounters.withLocked). */
    private static List<AttemptKey> keys(String username, String address) {
        return List.of(AttemptKey.of(SIGN_IN_ADDRESS, address),
                AttemptKey.of(SIGN_IN_USERNAME, username),
                AttemptKey.of(SIGN_IN_USERNAME_AT_ADDRESS, address + " " + username));
    }
}
