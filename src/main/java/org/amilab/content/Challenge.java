package org.amilab.content;

import java.util.List;

/**
 * A guided challenge of a lesson: a goal, a playground of its own set up as {@code setup} says, and
 * steps checked on that playground in order. Its id is the lesson's, as a lesson has at most one.
 */
public record Challenge(String id, String title, String goal, ChallengeSetup setup, List<Step> steps) {

    public Challenge {
        steps = List.copyOf(steps);
    }

    /** What the learner does, how the playground shows it is done, hints revealed one by one, and a solution. */
    public record Step(String title, List<Condition> check, List<String> hints, String solution) {

        public Step {
            check = List.copyOf(check);
            hints = List.copyOf(hints);
        }

        public boolean doneIn(Observed observed) {
            return check.stream().allMatch(condition -> condition.holdsIn(observed));
        }
    }

    /** The steps done in order: the first {@code already} stay done, and each next one counts once it holds. */
    public int stepsDone(int already, Observed observed) {
        int done = Math.min(already, steps.size());
        while (done < steps.size() && steps.get(done).doneIn(observed)) {
            done++;
        }
        return done;
    }

    /** The playground's purpose, which names the challenge's own playground apart from the free one. */
    public String playgroundPurpose() {
        return "challenge:" + id;
    }
}
