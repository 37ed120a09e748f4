package org.amilab.challenge.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.amilab.challenge.ChallengeCompletion;
import org.amilab.challenge.ChallengeStatus;

/** How the challenge pages say counts and where a learner stands. */
final class ChallengeTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private ChallengeTexts() {
    }

    static String steps(int count) {
        return count == 1 ? "1 step" : count + " steps";
    }

    static String hints(int count) {
        return count == 0 ? "no hints" : count == 1 ? "1 hint" : count + " hints";
    }

    /** "Not started", "In progress: 2 of 4 steps done", or when it was last completed and with how many hints. */
    static String status(ChallengeStatus status) {
        String last = status.completions().isEmpty() ? ""
                : completed(status.completions().get(status.completions().size() - 1));
        if (status.run().isPresent() && !status.run().get().complete()) {
            var run = status.run().get();
            return "In progress: " + run.stepsDone() + " of " + steps(run.challenge().steps().size()) + " done"
                    + (last.isEmpty() ? "" : "; " + last.substring(0, 1).toLowerCase(Locale.ROOT) + last.substring(1));
        }
        return last.isEmpty() ? "Not started" : last;
    }

    private static String completed(ChallengeCompletion completion) {
        return "Completed " + day(completion.completedAt()) + " with " + hints(completion.hintsUsed());
    }

    static String day(java.time.Instant at) {
        return DAY.format(at);
    }
}
