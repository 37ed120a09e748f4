package org.amilab.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attempt counters in the database, so a restart forgets nothing. Each use is a short transaction
 * of its own that locks the counters it reads, committed before the caller goes on: a burst of
 * parallel guesses is counted guess by guess, and no lock is held while a password is hashed.
 */
@Component
class AttemptCounters {

    private static final int TRIES = 3;
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    private final AttemptCounterRepository counters;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.MIN);

    AttemptCounters(AttemptCounterRepository counters, PlatformTransactionManager transactions, Clock clock) {
        this.counters = counters;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The locked counters of these keys, in the order given, for one transaction's work. */
    interface Locked {
        AttemptCounter get(AttemptKey key);

        Instant now();
    }

    /**
     * Runs the work with the counters of these keys locked, in one new transaction. Keys are locked
     * in the order given; every caller gives them in the same order (address first), so two
     * attempts never wait for each other's locks.
     */
    <T> T withLocked(List<AttemptKey> keys, Function<Locked, T> work) {
        pruneNowAndThen();
        for (int attempt = 1; ; attempt++) {
            try {
                return newTransaction.execute(status -> {
                    Instant now = now();
                    var locked = keys.stream().map(key -> lock(key, now)).toList();
                    return work.apply(new Locked() {
                        @Override
                        public AttemptCounter get(AttemptKey key) {
                            return locked.get(keys.indexOf(key));
                        }

                        @Override
                        public Instant now() {
                            return now;
                        }
                    });
                });
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException raced) {
                // another attempt created the same counter first, or held it too long: read it again
                if (attempt == TRIES) {
                    throw raced;
                }
            }
        }
    }

    /** What the database keeps of an instant, so a counter reads back as it was written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private AttemptCounter lock(AttemptKey key, Instant now) {
        return counters.findForUpdate(key).orElseGet(() -> counters.saveAndFlush(new AttemptCounter(key, now)));
    }

    /** Rows of made-up usernames would pile up: those quiet for longer than they count are deleted. */
    private void pruneNowAndThen() {
        Instant now = clock.instant();
        Instant last = lastPrune.get();
        if (now.isBefore(last.plus(PRUNE_EVERY)) || !lastPrune.compareAndSet(last, now)) {
            return;
        }
        newTransaction.executeWithoutResult(status -> counters.deleteQuietSince(now.minus(Throttle.FORGET_AFTER)));
    }
}
