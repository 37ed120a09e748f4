package org.amilab.challenge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.amilab.content.Challenge;

/**
 * A learner's open challenge: the challenge, the playground it runs in, how many of its steps are
 * done (in order), how many hints of each step they have seen, and when they finished, if they have.
 */
public record ChallengeRun(Challenge challenge, String playgroundPurpose, Instant startedAt, int stepsDone,
                           List<Integer> hintsShown, Optional<Instant> completedAt) {

    public ChallengeRun {
        hintsShown = List.copyOf(hintsShown);
    }

    public boolean complete() {
        return completedAt.isPresent();
    }

    public boolean stepDone(int step) {
        return step < stepsDone;
    }

    /** The step to work on now: the first not done; none once all are. */
    public Optional<Integer> currentStep() {
        return stepsDone < challenge.steps().size() ? Optional.of(stepsDone) : Optional.empty();
    }

    /** The hints of {@code step} shown so far, in order. */
    public List<String> shownHints(int step) {
        List<String> hints = challenge.steps().get(step).hints();
        return hints.subList(0, Math.min(hintsShown.get(step), hints.size()));
    }
}
