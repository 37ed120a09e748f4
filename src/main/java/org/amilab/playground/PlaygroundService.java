package org.amilab.playground;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.amilab.base.SignedIn;
import org.amilab.base.UserIds;
import org.amilab.playground.PlaygroundStore.Loaded;
import org.amilab.simulator.ActionResult;
import org.amilab.simulator.Actor;
import org.amilab.simulator.CostSeries;
import org.amilab.simulator.Ec2Error;
import org.amilab.simulator.Playground;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.Refusal;
import org.amilab.simulator.ShellGreeting;
import org.amilab.simulator.PlaygroundSettings;
import org.amilab.simulator.PlaygroundSetup;
import org.amilab.simulator.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in learner's playground. The owner always comes from the security context, never from
 * a parameter, so nobody can reach another learner's playground through this service.
 *
 * <p>Each action is one transaction: load the playground (a new one on first use), let the
 * simulator apply the action, save it and its new log lines, commit; the caller hears back only
 * after the commit. Refusals (EC2 errors) are results, logged like any action and committed too.
 * If another tab saved the same playground in between, nothing is saved and the action is applied
 * again to what the other tab left, in a fresh transaction, a few times: the learner then gets
 * EC2's answer for the new state, and {@link ChangedMeanwhileException} only when the playground
 * kept changing under every try.
 *
 * <p>Reads never write: transitions that fell due since the last action (pending became running,
 * ...) are projected in memory and shown, log lines included; the next action writes them down at
 * the simulated times they happened. So anyone may look at a playground as often as they like
 * without ever making its owner's click fail.
 */
@Service
public class PlaygroundService {

    static final int RECENT_EVENTS = 50;
    /** Moments per cost chart: smooth enough for a line, few enough to send every second. */
    static final int COST_POINTS = 48;
    /** Tries of an action that keeps meeting another tab's save; each conflict is a few milliseconds. */
    static final int ATTEMPTS = 4;

    private final PlaygroundStore store;
    private final PlaygroundAccess access;
    private final UserIds userIds;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    PlaygroundService(PlaygroundStore store, PlaygroundAccess access, UserIds userIds, ApplicationEventPublisher publisher,
                      PlatformTransactionManager transactions) {
        this.store = store;
        this.access = access;
        this.userIds = userIds;
        this.publisher = publisher;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** Runs one command on the learner's playground and commits it with its log lines. */
    public <T> ActionResult<T> execute(PlaygroundCommand<T> command) {
        return executeIn(PlaygroundRef.FREE, command);
    }

    <T> ActionResult<T> executeIn(String purpose, PlaygroundCommand<T> command) {
        return act(purpose, (playground, learner) -> playground.execute(learner, command));
    }

    /**
     * Runs one command with EC2's ClientToken: sent again with the same token (a double click, a
     * retry after a lost answer) it answers as the first time and changes nothing; the same token
     * with another command is refused with {@code IdempotentParameterMismatch}.
     */
    public <T> ActionResult<T> execute(PlaygroundCommand<T> command, String clientToken) {
        return executeIn(PlaygroundRef.FREE, command, clientToken);
    }

    <T> ActionResult<T> executeIn(String purpose, PlaygroundCommand<T> command, String clientToken) {
        return act(purpose, (playground, learner) -> playground.execute(learner, command, clientToken));
    }

    /**
     * EC2's DryRun: every check of {@code command} is made against the learner's playground as it
     * is now, on a copy that is thrown away, so nothing changes and nothing is logged. The answer is
     * EC2's: {@code DryRunOperation} when the command would have gone ahead, else its refusal.
     */
    public <T> Ec2Error dryRun(PlaygroundCommand<T> command) {
        return dryRunIn(PlaygroundRef.FREE, command);
    }

    <T> Ec2Error dryRunIn(String purpose, PlaygroundCommand<T> command) {
        Learner learner = signedInLearner();
        ActionResult<T> result = lookAt(learner, learner.playground(purpose),
                loaded -> loaded.playground().execute(learner.actor(), command));
        return result.isSuccess() ? Refusal.DRY_RUN_OPERATION.error(command.getClass().getSimpleName()) : result.error();
    }

    /**
     * The summaries of these learners' playgrounds, in one query, for a class dashboard; learners
     * without a playground are left out. Only an admin today: a workshop's instructor will be let in
     * for the workshop's participants when workshops exist.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PlaygroundSummary> summariesOf(Collection<Long> ownerIds) {
        return ownerIds.isEmpty() ? List.of() : store.summariesOf(ownerIds);
    }

    /**
     * The summaries of these owners' playgrounds for {@code purpose}, in one query, for a class
     * dashboard: only the owners whose playground the signed-in person may read are answered.
     */
    @Transactional(readOnly = true)
    public List<PlaygroundSummary> summariesOf(String purpose, Collection<Long> ownerIds) {
        Learner viewer = signedInLearner();
        List<Long> readable = ownerIds.stream()
                .filter(owner -> access.mayRead(viewer.viewer(), PlaygroundRef.checkedPurpose(purpose), owner)).toList();
        return readable.isEmpty() ? List.of() : store.summariesOf(readable, purpose);
    }

    /** Throws the learner's playground away, log included; their next use starts a fresh one. */
    public void reset() {
        discard(PlaygroundRef.FREE);
    }

    /**
     * Opens one of the learner's playgrounds by its purpose: {@link PlaygroundRef#FREE}, or a guided
     * challenge's. Every call through it checks again who is signed in and whether they may.
     */
    public OpenPlayground open(String purpose) {
        return new OpenPlayground(this, PlaygroundRef.checkedPurpose(purpose));
    }

    /**
     * Throws away the learner's playground for {@code purpose}, if any, and sets a new one up: the
     * setup's actions are logged as {@link Actor#SETUP}'s and committed with it. A guided challenge
     * starts and restarts this way; the free playground is never set up by anyone but its learner.
     */
    public PlaygroundRef prepare(String purpose, PlaygroundSetup setup) {
        if (PlaygroundRef.FREE.equals(PlaygroundRef.checkedPurpose(purpose))) {
            throw new IllegalArgumentException("the free playground is the learner's own to set up");
        }
        Learner learner = signedInLearner();
        PlaygroundKey key = learner.playground(purpose);
        access.checkAct(learner.viewer(), key);
        return inFreshTransactions(() -> {
            discard(learner, key);
            Loaded loaded = store.loadOrCreate(key);
            setup.applyTo(loaded.playground(), Actor.SETUP).ifPresent(refusal -> {
                throw new IllegalStateException("the setup of " + purpose + " was refused: " + refusal.message());
            });
            recorded(learner, loaded, store.save(loaded));
            return loaded.stored().ref();
        });
    }

    /**
     * Makes sure the learner has a playground for {@code purpose}, created with these limits if it is
     * new (a workshop's has the workshop's budget); an existing one is left as it is.
     */
    public PlaygroundRef ensure(String purpose, PlaygroundSettings settings) {
        if (PlaygroundRef.FREE.equals(PlaygroundRef.checkedPurpose(purpose))) {
            throw new IllegalArgumentException("the free playground has the default limits");
        }
        Learner learner = signedInLearner();
        PlaygroundKey key = learner.playground(purpose);
        access.checkAct(learner.viewer(), key);
        return inFreshTransactions(() -> store.loadOrCreate(key, settings).stored().ref());
    }

    /** Throws the learner's playground for {@code purpose} away, log included; a later use starts afresh. */
    public void discard(String purpose) {
        Learner learner = signedInLearner();
        PlaygroundKey key = learner.playground(PlaygroundRef.checkedPurpose(purpose));
        access.checkAct(learner.viewer(), key);
        writing.executeWithoutResult(status -> discard(learner, key));
    }

    private void discard(Learner learner, PlaygroundKey key) {
        store.find(key).ifPresent(stored -> {
            store.delete(stored);
            publisher.publishEvent(new PlaygroundReset(learner.username(), learner.id(), stored.ref()));
        });
    }

    /**
     * The learner's playground as it is now, in simulated time, with the transitions that fell due
     * since the last action projected, not written. The learner's first look creates their
     * playground, so that its account id and start stay the same from the first second on.
     */
    public PlaygroundView view() {
        return viewIn(PlaygroundRef.FREE);
    }

    PlaygroundView viewIn(String purpose) {
        return viewOf(signedInLearner().playground(purpose));
    }

    /**
     * One look at the learner's playground for a page that refreshes itself: the view, and the cost
     * growth of the charts it has on screen, all from one load at one simulated instant.
     */
    public LiveView liveView(ChartsOnScreen charts) {
        return liveViewIn(PlaygroundRef.FREE, charts);
    }

    LiveView liveViewIn(String purpose, ChartsOnScreen charts) {
        Learner learner = signedInLearner();
        return lookAt(learner, learner.playground(purpose), loaded -> liveView(loaded, charts));
    }

    private LiveView liveView(Loaded loaded, ChartsOnScreen charts) {
        PlaygroundView view = projected(loaded);
        Playground playground = loaded.playground();
        return new LiveView(view, charts,
                charts.playground() ? Optional.of(playground.costSeries(view.simulatedNow(), COST_POINTS)) : Optional.empty(),
                charts.instanceId().flatMap(id -> playground.costSeries(id, view.simulatedNow(), COST_POINTS)));
    }

    /**
     * How the cost of the learner's whole playground grew from its start to {@code until}, which is
     * normally the {@link PlaygroundView#simulatedNow()} of the view on screen, so that the chart ends
     * exactly at the cost table's figures. Empty while the learner has no playground yet.
     */
    public Optional<CostSeries> costSeries(Instant until) {
        return playgroundCosts(PlaygroundRef.FREE, until);
    }

    Optional<CostSeries> playgroundCosts(String purpose, Instant until) {
        return readOwn(purpose, loaded -> loaded.playground().costSeries(until, COST_POINTS));
    }

    ActionResult<ShellGreeting> shellGreetingIn(String purpose, String instanceId) {
        return readOwn(purpose, loaded -> loaded.playground().shellGreeting(instanceId))
                .orElseGet(() -> ActionResult.failure(Refusal.INSTANCE_NOT_FOUND.error(instanceId)));
    }

    /** How one of the learner's instances' cost grew from its launch to {@code until}; empty if EC2 does not list it. */
    public Optional<CostSeries> costSeries(String instanceId, Instant until) {
        return instanceCosts(PlaygroundRef.FREE, instanceId, until);
    }

    Optional<CostSeries> instanceCosts(String purpose, String instanceId, Instant until) {
        return readOwn(purpose, loaded -> loaded.playground().costSeries(instanceId, until, COST_POINTS))
                .flatMap(series -> series);
    }

    /** The learner's whole log, oldest line first, with the transitions due by now at its end: the guided challenges read it. */
    public List<PlaygroundEvent> events() {
        return eventsIn(PlaygroundRef.FREE);
    }

    List<PlaygroundEvent> eventsIn(String purpose) {
        return readOwn(purpose, loaded -> {
            List<PlaygroundEvent> log = new ArrayList<>(store.log(loaded.stored()));
            log.addAll(projectedLines(loaded));
            return List.copyOf(log);
        }).orElse(List.of());
    }

    /**
     * The learner's written log lines just before {@code sequence}, at most {@code lines}, oldest
     * first: the timeline pages back through the whole log with it. Lines before the newest never
     * change, so a page once read stays true.
     */
    public List<PlaygroundEvent> eventsBefore(long sequence, int lines) {
        return eventsBeforeIn(PlaygroundRef.FREE, sequence, lines);
    }

    List<PlaygroundEvent> eventsBeforeIn(String purpose, long sequence, int lines) {
        return readRow(purpose, stored -> store.linesBefore(stored, sequence, lines)).orElse(List.of());
    }

    /**
     * The seam for reading any playground: {@link PlaygroundAccess} decides whether the signed-in
     * user may, and refuses everybody else. When workshops arrive, their instructor is let in there.
     */
    PlaygroundView viewOf(PlaygroundKey key) {
        return lookAt(signedInLearner(), key, this::projected);
    }

    /**
     * The lines written to the learner's playground for {@code purpose}, oldest first, without loading
     * the playground itself: what a checker reads besides a view it already has.
     */
    List<PlaygroundEvent> writtenLog(String purpose) {
        return readRow(purpose, store::log).orElse(List.of());
    }

    /**
     * A look at one of the signed-in learner's playgrounds, if it exists, in a read-only transaction
     * of its own. Transactions are opened here rather than declared, because {@link OpenPlayground}
     * calls this object itself and not the proxy that would apply the annotation.
     */
    private <T> Optional<T> readOwn(String purpose, Function<Loaded, T> look) {
        Learner learner = signedInLearner();
        PlaygroundKey key = learner.playground(purpose);
        access.checkRead(learner.viewer(), key);
        return reading.execute(status -> store.load(key).map(look));
    }

    /** Like {@link #readOwn}, for what the row and its log lines answer without restoring the playground. */
    private <T> Optional<T> readRow(String purpose, Function<StoredPlayground, T> look) {
        Learner learner = signedInLearner();
        PlaygroundKey key = learner.playground(purpose);
        access.checkRead(learner.viewer(), key);
        return reading.execute(status -> store.find(key).map(look));
    }

    /**
     * Reads the owner's playground in a read-only transaction and looks at the copy loaded; only a
     * learner who has none yet gets it created first, so that its account id and start stay put.
     */
    private <T> T lookAt(Learner learner, PlaygroundKey key, Function<Loaded, T> look) {
        access.checkRead(learner.viewer(), key);
        Optional<T> seen = reading.execute(status -> store.load(key).map(look));
        // only its owner's first look creates a playground
        return seen.orElseGet(() -> {
            access.checkAct(learner.viewer(), key);
            return inFreshTransactions(() -> look.apply(store.loadOrCreate(key)));
        });
    }

    private PlaygroundView projected(Loaded loaded) {
        // read before the projection: it numbers its lines after the stored ones
        List<PlaygroundEvent> stored = store.endOfLog(loaded.stored(), RECENT_EVENTS);
        return PlaygroundView.of(loaded.stored().ref(), loaded.playground(), lastLines(stored, projectedLines(loaded)),
                store.takenDown(loaded.stored()));
    }

    /** What the next action will write down first; the loaded copy is thrown away, so nothing is saved. */
    private static List<PlaygroundEvent> projectedLines(Loaded loaded) {
        long lastStored = loaded.stored().getLastEventSequence();
        loaded.playground().catchUp();
        return loaded.playground().state().events().stream().filter(e -> e.sequence() > lastStored).toList();
    }

    private static List<PlaygroundEvent> lastLines(List<PlaygroundEvent> read, List<PlaygroundEvent> written) {
        List<PlaygroundEvent> all = new ArrayList<>(read);
        all.addAll(written);
        return all.subList(Math.max(0, all.size() - RECENT_EVENTS), all.size());
    }

    private <T> ActionResult<T> act(String purpose, BiFunction<Playground, Actor, ActionResult<T>> action) {
        Learner learner = signedInLearner();
        PlaygroundKey key = learner.playground(purpose);
        access.checkAct(learner.viewer(), key);
        return inFreshTransactions(() -> {
            Loaded loaded = store.loadOrCreate(key);
            ActionResult<T> result = action.apply(loaded.playground(), learner.actor());
            recorded(learner, loaded, store.save(loaded));
            return result;
        });
    }

    private void recorded(Learner learner, Loaded loaded, List<PlaygroundEvent> lines) {
        if (!lines.isEmpty()) {
            publisher.publishEvent(new PlaygroundEventsRecorded(learner.username(), learner.id(),
                    loaded.stored().ref(), lines));
        }
    }

    /**
     * Runs the work in a transaction of its own and, when another tab saved the playground first,
     * runs it again from what that tab left. Inside a caller's transaction a conflict cannot be
     * undone here, so it goes to the caller.
     */
    private <T> T inFreshTransactions(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return writing.execute(status -> work.get());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return writing.execute(status -> work.get());
            } catch (ChangedMeanwhileException otherTabSavedFirst) {
                if (attempt == ATTEMPTS) {
                    throw otherTabSavedFirst;
                }
            }
        }
    }

    /** The signed-in user: by name in the log, by account id in the database. */
    private Learner signedInLearner() {
        String username = SignedIn.username()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to use the playground."));
        long id = userIds.idOf(username)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("There is no account '" + username + "'."));
        return new Learner(username, id);
    }

    private record Learner(String username, long id) {

        Actor actor() {
            return new Actor(username);
        }

        PlaygroundAccess.Viewer viewer() {
            return new PlaygroundAccess.Viewer(id);
        }

        PlaygroundKey playground(String purpose) {
            return new PlaygroundKey(id, purpose);
        }
    }
}
