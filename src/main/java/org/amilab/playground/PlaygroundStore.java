package org.amilab.playground;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.amilab.content.ContentService;
import org.amilab.playground.ResourcesJson.Resources;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.Playground;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.PlaygroundSettings;
import org.amilab.simulator.PlaygroundState;
import org.amilab.simulator.PriceBook;
import org.amilab.simulator.SimulatorEnvironment;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Maps a learner's playground between the simulator's aggregate and its rows. Runs inside the
 * caller's transaction. Writes are flushed at once, so that a conflicting tab is detected here,
 * where it can still be told apart from a real failure, and not later at commit. A tab that
 * waited too long for another tab's lock (H2 gives up after two seconds) gets the same answer as
 * one that found the playground changed: look again and retry.
 */
@Component
class PlaygroundStore {

    private final StoredPlaygroundRepository playgrounds;
    private final StoredEventRepository events;
    private final ContentService content;
    private final PriceBooksInForce priceBooks;
    private final ImageSharing sharing;
    private final Clock clock;

    PlaygroundStore(StoredPlaygroundRepository playgrounds, StoredEventRepository events, ContentService content,
                    PriceBooksInForce priceBooks, ImageSharing sharing, Clock clock) {
        this.playgrounds = playgrounds;
        this.events = events;
        this.content = content;
        this.priceBooks = priceBooks;
        this.sharing = sharing;
        this.clock = clock;
    }

    /** A playground as loaded: the row, and the aggregate restored from it. */
    record Loaded(StoredPlayground stored, Playground playground) {
    }

    Loaded loadOrCreate(PlaygroundKey key) {
        return loadOrCreate(key, PlaygroundSettings.DEFAULT);
    }

    /** ... created with these limits if it does not exist yet; an existing one keeps its own. */
    Loaded loadOrCreate(PlaygroundKey key, PlaygroundSettings settings) {
        return playgrounds.find(key).map(this::restore).orElseGet(() -> create(key, settings));
    }

    /** The learner's playground if they have one; unlike {@link #loadOrCreate}, never writes. */
    Optional<Loaded> load(PlaygroundKey key) {
        return playgrounds.find(key).map(this::restore);
    }

    /**
     * The aggregate gets only the last line of its log: it needs nothing more to number the next
     * lines, and loading the whole log would make every action slower the longer a learner plays.
     */
    private Loaded restore(StoredPlayground stored) {
        Resources resources = ResourcesJson.read(stored.getResources());
        List<PlaygroundEvent> lastLine = stored.getLastEventSequence() == 0 ? List.of()
                : List.of(events.findLine(stored.getId(), stored.getLastEventSequence())
                        .orElseThrow().toEvent());
        SimulatorEnvironment environment = environment(stored.getAccountId());
        PlaygroundState state = new PlaygroundState(stored.getAccountId(), stored.settings(), stored.getStartedAt(),
                stored.clock(), resources.instances(), resources.volumes(), resources.images(), resources.snapshots(),
                resources.bundles(), lastLine, resources.tokenUses(), resources.settledCosts(),
                resources.priceHistory(environment.prices(), stored.getStartedAt()), resources.importTasks(),
                resources.publicSharingRegions(), resources.recipes(), resources.pipelines(), resources.builds(),
                resources.components());
        return new Loaded(stored, Playground.restore(environment, state));
    }

    private Loaded create(PlaygroundKey key, PlaygroundSettings settings) {
        // the free playground is the learner's own account; every other one is an account of its own
        String accountId = key.purpose().equals(PlaygroundRef.FREE) ? sharing.accountIdOf(key.ownerId())
                : sharing.newAccountId();
        Playground playground = Playground.create(environment(accountId), accountId, settings);
        StoredPlayground stored = new StoredPlayground(key, playground.accountId(), playground.settings(),
                playground.startedAt());
        stored.update(playground.clock(), ResourcesJson.write(Resources.of(playground.state())), 0);
        try {
            playgrounds.saveAndFlush(stored);
        } catch (DataIntegrityViolationException refused) {
            throw createdMeanwhile(refused);
        } catch (PessimisticLockingFailureException otherTabStillBusy) {
            throw new ChangedMeanwhileException(otherTabStillBusy);
        }
        return new Loaded(stored, playground);
    }

    /** Two tabs opening a new learner's playground at once: the second finds the first one's row taken. */
    private static RuntimeException createdMeanwhile(DataIntegrityViolationException refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getKind() == ConstraintKind.UNIQUE) {
                return new ChangedMeanwhileException(refused);
            }
        }
        return refused;
    }

    /**
     * Writes what the action changed and returns the log lines it added. Every change logs at least
     * one line, so the row changes and its version check runs; a command answered from its client
     * token changed nothing and logged nothing, and nothing is written.
     */
    List<PlaygroundEvent> save(Loaded loaded) {
        StoredPlayground stored = loaded.stored();
        PlaygroundState state = loaded.playground().state();
        long before = stored.getLastEventSequence();
        List<PlaygroundEvent> added = state.events().stream().filter(e -> e.sequence() > before).toList();
        if (added.isEmpty()) {
            return added;
        }
        long last = added.get(added.size() - 1).sequence();
        stored.update(state.clock(), ResourcesJson.write(Resources.of(state)), last);
        summarise(stored, loaded.playground());
        try {
            playgrounds.flush();
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException changed) {
            throw new ChangedMeanwhileException(changed);
        }
        events.saveAll(added.stream().map(e -> new StoredEvent(stored.getId(), e)).toList());
        sharing.publish(stored, loaded.playground());
        return added;
    }

    private void summarise(StoredPlayground stored, Playground playground) {
        Instant now = playground.now();
        Map<InstanceState, Long> byState = playground.instances().stream()
                .collect(Collectors.groupingBy(instance -> instance.stateAt(now), Collectors.counting()));
        stored.summarise(byState, playground.costsSoFar().total().amount(), clock.instant());
    }

    /** When an admin took which of this playground's public AMIs out of Community. */
    Map<String, Instant> takenDown(StoredPlayground stored) {
        return sharing.takenDownIn(stored);
    }

    List<PlaygroundSummary> summariesOf(Collection<Long> ownerIds) {
        return summariesOf(ownerIds, PlaygroundRef.FREE);
    }

    List<PlaygroundSummary> summariesOf(Collection<Long> ownerIds, String purpose) {
        return playgrounds.summariesOf(ownerIds, purpose);
    }

    Optional<StoredPlayground> find(PlaygroundKey key) {
        return playgrounds.find(key);
    }

    void delete(StoredPlayground stored) {
        try {
            playgrounds.delete(stored);
            playgrounds.flush();
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException changed) {
            throw new ChangedMeanwhileException(changed);
        }
    }

    List<PlaygroundEvent> log(StoredPlayground stored) {
        return events.findByPlaygroundIdOrderBySequence(stored.getId()).stream().map(StoredEvent::toEvent).toList();
    }

    /** Up to {@code lines} stored lines just before {@code sequence}, oldest first. */
    List<PlaygroundEvent> linesBefore(StoredPlayground stored, long sequence, int lines) {
        long last = Math.min(sequence, stored.getLastEventSequence() + 1) - 1;
        return events.findRange(stored.getId(), Math.max(1, last - lines + 1), last).stream()
                .map(StoredEvent::toEvent).toList();
    }

    List<PlaygroundEvent> endOfLog(StoredPlayground stored, int lines) {
        return events.findTail(stored.getId(),
                stored.getLastEventSequence() - lines).stream().map(StoredEvent::toEvent).toList();
    }

    /**
     * The real clock stands still for the length of one call, so that every part of an action or a
     * view sees the same simulated now; it counts in microseconds because the database keeps no
     * more, and what is stored must read back exactly.
     */
    private SimulatorEnvironment environment(String accountId) {
        Instant realNow = clock.instant().truncatedTo(ChronoUnit.MICROS);
        PriceBook prices = content.prices();
        return new SimulatorEnvironment(content.catalog(), prices, priceBooks.since(prices),
                Clock.fixed(realNow, ZoneOffset.UTC), ThreadLocalRandom.current(), sharing.visibleTo(accountId, realNow),
                content.components());
    }
}
