package org.amilab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.amilab.AmiLabSpringTest;
import org.amilab.simulator.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;

@AmiLabSpringTest
class ThrottledAuthenticationProviderTest {

    private static final String PASSWORD = "walnut harbour evening";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    ThrottledAuthenticationProvider provider;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    AttemptCounterRepository counters;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void signsInWithTheRightPasswordAndGrantsTheRolesOfTheAccount() {
        accounts.signUp("auth-gus", "Gus", PASSWORD);
        Authentication result = provider.authenticate(attempt("Auth-Gus", PASSWORD, newAddress()));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getName()).isEqualTo("auth-gus");
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_LEARNER");
    }

    @Test
    void afterFiveFailuresTheAddressThatFailedWaitsEvenWithTheRightPassword() {
        accounts.signUp("auth-hana", "Hana", PASSWORD);
        String guesser = newAddress();
        failFiveTimes("auth-hana", guesser);
        assertThatThrownBy(() -> provider.authenticate(attempt("auth-hana", PASSWORD, guesser)))
                .isInstanceOf(LockedException.class)
                .hasMessage("Too many failed sign-ins for this username. Try again in 1 minute.");
    }

    @Test
    void theOwnerSignsInFromAnAddressThatNeverFailedWhileTheGuesserWaits() {
        accounts.signUp("auth-olga", "Olga", PASSWORD);
        failFiveTimes("auth-olga", newAddress());
        assertThat(provider.authenticate(attempt("auth-olga", PASSWORD, newAddress())).isAuthenticated()).isTrue();
    }

    @Test
    void aFreshAddressGetsOneTryThroughTheUsernamesWaitNotMore() {
        accounts.signUp("auth-pia", "Pia", PASSWORD);
        failFiveTimes("auth-pia", newAddress());
        String second = newAddress();
        assertThatThrownBy(() -> provider.authenticate(attempt("auth-pia", "second guess", second)))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(attempt("auth-pia", "third guess", second)))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void oneAddressCannotSprayGuessesOverManyUsernames() {
        String sprayer = newAddress();
        for (int i = 0; i < Throttle.SIGN_IN_ADDRESS.freeAttempts(); i++) {
            String username = "auth-spray-" + i;
            assertThatThrownBy(() -> provider.authenticate(attempt(username, "guess", sprayer)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(attempt("auth-spray-next", "guess", sprayer)))
                .isInstanceOf(LockedException.class)
                .hasMessage("Too many failed sign-ins from your network. Try again in 2 seconds.");
    }

    @Test
    void unknownUsernamesAreThrottledToo() {
        String from = newAddress();
        failFiveTimes("auth-nobody", from);
        assertThatThrownBy(() -> provider.authenticate(attempt("auth-nobody", "whatever it is", from)))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void waitsDoubleWithEveryFurtherFailureAndEndOnTheirOwn() {
        var clock = new MutableClock(Instant.now());
        var throttle = new SignInThrottle(new AttemptCounters(counters, transactions, clock));
        String from = newAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.admit("auth-waits", from)).isEmpty();
        }
        assertThat(throttle.admit("auth-waits", from)).hasValueSatisfying(r -> assertThat(r.waitRemaining()).isEqualTo(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.admit("auth-waits", from)).isEmpty();
        assertThat(throttle.admit("auth-waits", from)).hasValueSatisfying(r -> assertThat(r.waitRemaining()).isEqualTo(Duration.ofMinutes(2)));
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.admit("auth-waits", from)).as("forgotten after an hour of quiet").isEmpty();
        }
    }

    @Test
    void countersAreInTheDatabaseSoARestartDoesNotClearThem() {
        String from = newAddress();
        failFiveTimes("auth-restart", from);
        var afterRestart = new SignInThrottle(new AttemptCounters(counters, transactions, java.time.Clock.systemUTC()));
        assertThat(afterRestart.admit("auth-restart", from)).isPresent();
    }

    @Test
    void aBurstOfParallelGuessesIsCountedGuessByGuess() throws Exception {
        accounts.signUp("auth-burst", "Burst", PASSWORD);
        String from = newAddress();
        int guesses = 12;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        try {
            var start = new CountDownLatch(1);
            var outcomes = new ArrayList<Future<Class<?>>>();
            for (int i = 0; i < guesses; i++) {
                String guess = "burst guess " + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        provider.authenticate(attempt("auth-burst", guess, from));
                        return Authentication.class;
                    } catch (RuntimeException refused) {
                        return refused.getClass();
                    }
                }));
            }
            start.countDown();
            int checked = 0;
            for (var outcome : outcomes) {
                checked += outcome.get() == BadCredentialsException.class ? 1 : 0;
            }
            assertThat(checked).as("guesses whose password was checked").isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDisabledAccountIsNamedAsSuchOnlyToTheRightPassword() {
        accounts.signUp("auth-ivo", "Ivo", PASSWORD);
        repository.findByUsername("auth-ivo").ifPresent(account -> {
            account.setEnabled(false);
            repository.save(account);
        });
        String from = newAddress();
        assertThatThrownBy(() -> provider.authenticate(attempt("auth-ivo", "a wrong password", from)))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(attempt("auth-ivo", PASSWORD, from)))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void aBcryptHashFromBeforeIsAcceptedAndRewrittenAsArgon2() {
        accounts.signUp("auth-old", "Old", PASSWORD);
        repository.findByUsername("auth-old").ifPresent(account -> {
            account.setPasswordHash("{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
            repository.save(account);
        });
        assertThat(provider.authenticate(attempt("auth-old", PASSWORD, newAddress())).isAuthenticated()).isTrue();
        String rewritten = repository.findByUsername("auth-old").orElseThrow().getPasswordHash();
        assertThat(rewritten).startsWith("{" + PasswordHashing.ARGON2 + "}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches(PASSWORD, rewritten)).isTrue();
    }

    @Test
    void anArgon2HashWithSpringsSmallerDefaultsIsAcceptedAndRewrittenWith19MiB() {
        accounts.signUp("auth-16m", "Sixteen", PASSWORD);
        repository.findByUsername("auth-16m").ifPresent(account -> {
            account.setPasswordHash("{" + PasswordHashing.ARGON2_SPRING_DEFAULTS + "}"
                    + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD));
            repository.save(account);
        });
        assertThat(provider.authenticate(attempt("auth-16m", PASSWORD, newAddress())).isAuthenticated()).isTrue();
        String rewritten = repository.findByUsername("auth-16m").orElseThrow().getPasswordHash();
        assertThat(rewritten).startsWith("{" + PasswordHashing.ARGON2 + "}$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void aVeryLongPasswordIsRefusedWithoutBeingHashed() {
        assertThatThrownBy(() -> provider.authenticate(attempt("auth-long", "x".repeat(100_000), newAddress())))
                .isInstanceOf(BadCredentialsException.class);
    }

    private void failFiveTimes(String username, String from) {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt(username, "not the password", from)))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    /** Every test signs in from addresses of its own, as the counters live in the shared database. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51.100." + (n % 250) + "-" + n;
    }

    private static Authentication attempt(String username, String password, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return attempt;
    }
}
