package org.amilab.challenge;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.amilab.base.UserIds;
import org.amilab.content.Challenge;
import org.amilab.content.ContentService;
import org.amilab.playground.OtherPlaygrounds;
import org.amilab.playground.PlaygroundRef;
import org.amilab.playground.PlaygroundService;
import org.amilab.playground.PlaygroundView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in learner's guided challenges. Starting one sets up a playground of its own (the free
 * playground is never touched); its steps are checked, in order, against what that playground holds
 * and its log, and a step once done stays done. Everything is the signed-in learner's: there is no
 * way to name another learner here.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ChallengeService implements OtherPlaygrounds {

    private final ContentService content;
    private final PlaygroundService playgrounds;
    private final StoredRunRepository runs;
    private final StoredCompletionRepository completions;
    private final UserIds userIds;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ChallengeService(ContentService content, PlaygroundService playgrounds, StoredRunRepository runs,
                     StoredCompletionRepository completions, UserIds userIds, ApplicationEventPublisher publisher,
                     Clock clock, PlatformTransactionManager transactions) {
        this.content = content;
        this.playgrounds = playgrounds;
        this.runs = runs;
        this.completions = completions;
        this.userIds = userIds;
        this.publisher = publisher;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Every challenge of the course, in lesson order, with the learner's run and completions. */
    public List<ChallengeStatus> overview() {
        long learner = learner();
        return transaction.execute(status -> {
            Map<String, StoredRun> open = runs.findByUserIdOrderByStartedAt(learner).stream()
                    .collect(Collectors.toMap(StoredRun::getChallengeId, run -> run));
            Map<String, List<ChallengeCompletion>> done = completionsOf(learner);
            return content.challenges().stream().map(challenge -> new ChallengeStatus(challenge,
                    Optional.ofNullable(open.get(challenge.id())).map(run -> view(run, challenge)),
                    done.getOrDefault(challenge.id(), List.of()))).toList();
        });
    }

    /** Every challenge the learner finished, oldest first. */
    public List<ChallengeCompletion> completions() {
        long learner = learner();
        return transaction.execute(status -> completions.findByUserIdOrderByCompletedAt(learner).stream()
                .map(StoredCompletion::toCompletion).toList());
    }

    /** The learner's open run of this challenge, if any. */
    public Optional<ChallengeRun> run(String challengeId) {
        Challenge challenge = challenge(challengeId);
        long learner = learner();
        return transaction.execute(status -> runs.findByUserIdAndChallengeId(learner, challengeId)
                .map(run -> view(run, challenge)));
    }

    /** Continues the learner's run of this challenge, or starts one in a newly set-up playground. */
    public ChallengeRun start(String challengeId) {
        Challenge challenge = challenge(challengeId);
        return run(challengeId).orElseGet(() -> begin(challenge));
    }

    /** Starts again from the first step, in a playground set up anew; earlier completions stay. */
    public ChallengeRun restart(String challengeId) {
        return begin(challenge(challengeId));
    }

    /** Closes the challenge and throws its playground away; earlier completions stay. */
    public void leave(String challengeId) {
        Challenge challenge = challenge(challengeId);
        long learner = learner();
        transaction.executeWithoutResult(status -> {
            playgrounds.discard(challenge.playgroundPurpose());
            runs.findByUserIdAndChallengeId(learner, challengeId).ifPresent(runs::delete);
        });
    }

    /** Shows the next hint of {@code step}, if it has one more. */
    public ChallengeRun revealHint(String challengeId, int step) {
        Challenge challenge = challenge(challengeId);
        if (step < 0 || step >= challenge.steps().size()) {
            throw new IllegalArgumentException("challenge " + challengeId + " has no step " + step);
        }
        long learner = learner();
        return transaction.execute(status -> {
            StoredRun run = openRun(learner, challengeId);
            if (run.hintsShown(challenge.steps().size()).get(step) < challenge.steps().get(step).hints().size()) {
                run.showHint(step, challenge.steps().size());
            }
            return view(runs.saveAndFlush(run), challenge);
        });
    }

    /**
     * Checks the steps not yet done against {@code view}, the challenge's playground as the page shows
     * it now, and its log; records each step that has come true and, with the last, the completion.
     * The view must be of this learner's playground for this run, as the playground service gave it.
     */
    public ChallengeRun check(String challengeId, PlaygroundView view) {
        Challenge challenge = challenge(challengeId);
        long learner = learner();
        if (!view.playground().purpose().equals(challenge.playgroundPurpose())) {
            throw new IllegalArgumentException("the playground shown is not the one of challenge " + challengeId);
        }
        StoredRun before = transaction.execute(status -> openRun(learner, challengeId));
        if (!before.getPlaygroundId().equals(view.playground().id())
                || before.getStepsDone() >= challenge.steps().size()) {
            return view(before, challenge);
        }
        int done = challenge.stepsDone(before.getStepsDone(),
                playgrounds.open(challenge.playgroundPurpose()).observed(view));
        if (done == before.getStepsDone()) {
            return view(before, challenge);
        }
        try {
            return transaction.execute(status -> record(learner, challenge, openRun(learner, challengeId), done));
        } catch (OptimisticLockingFailureException otherTabRecordedFirst) {
            return run(challengeId).orElseThrow();
        }
    }

    private ChallengeRun record(long learner, Challenge challenge, StoredRun run, int done) {
        if (done <= run.getStepsDone()) {
            return view(run, challenge);
        }
        run.stepsDone(done);
        if (done == challenge.steps().size()) {
            Instant at = now();
            run.completed(at);
            var completion = new ChallengeCompletion(challenge.id(), run.getStartedAt(), at, run.hintsUsed());
            completions.save(new StoredCompletion(learner, challenge.id(), run.getStartedAt(), at, run.hintsUsed()));
            publisher.publishEvent(new ChallengeCompleted(learner, completion));
        }
        return view(runs.saveAndFlush(run), challenge);
    }

    @Override
    public List<Choice> ofSignedInLearner() {
        if (userIds.signedIn().isEmpty()) {
            return List.of();
        }
        long learner = learner();
        return transaction.execute(status -> runs.findByUserIdOrderByStartedAt(learner).stream()
                .flatMap(run -> content.challenge(run.getChallengeId()).stream())
                .map(challenge -> new Choice(challenge.playgroundPurpose(), "Challenge: " + challenge.title(),
                        "challenges/" + challenge.id()))
                .toList());
    }

    private ChallengeRun begin(Challenge challenge) {
        long learner = learner();
        PlaygroundRef playground = playgrounds.prepare(challenge.playgroundPurpose(), challenge.setup());
        return transaction.execute(status -> {
            Instant at = now();
            StoredRun run = runs.findByUserIdAndChallengeId(learner, challenge.id())
                    .map(existing -> {
                        existing.restart(playground.id(), at, challenge.steps().size());
                        return existing;
                    })
                    .orElseGet(() -> new StoredRun(learner, challenge.id(), playground.id(), at, challenge.steps().size()));
            return view(runs.saveAndFlush(run), challenge);
        });
    }

    private StoredRun openRun(long learner, String challengeId) {
        return runs.findByUserIdAndChallengeId(learner, challengeId)
                .orElseThrow(() -> new NoSuchElementException("You have not started the challenge " + challengeId + "."));
    }

    private Map<String, List<ChallengeCompletion>> completionsOf(long learner) {
        return completions.findByUserIdOrderByCompletedAt(learner).stream().map(StoredCompletion::toCompletion)
                .collect(Collectors.groupingBy(ChallengeCompletion::challengeId));
    }

    private ChallengeRun view(StoredRun run, Challenge challenge) {
        return new ChallengeRun(challenge, challenge.playgroundPurpose(), run.getStartedAt(), run.getStepsDone(),
                run.hintsShown(challenge.steps().size()), run.completedAt());
    }

    private Challenge challenge(String challengeId) {
        return content.challenge(challengeId)
                .orElseThrow(() -> new NoSuchElementException("There is no challenge " + challengeId + "."));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private long learner() {
        return userIds.signedIn()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to take a challenge."));
    }
}
