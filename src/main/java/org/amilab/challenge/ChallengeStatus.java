package org.amilab.challenge;

import java.util.List;
import java.util.Optional;
import org.amilab.content.Challenge;

/** One challenge as the challenges page lists it for a learner: open or not, and every time it was finished. */
public record ChallengeStatus(Challenge challenge, Optional<ChallengeRun> run, List<ChallengeCompletion> completions) {

    public ChallengeStatus {
        completions = List.copyOf(completions);
    }

    public boolean everCompleted() {
        return !completions.isEmpty();
    }
}
