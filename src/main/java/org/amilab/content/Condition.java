package org.amilab.content;

import java.util.function.Predicate;

/**
 * One thing a guided challenge step checks on the learner's playground, as its file says it
 * ({@code instance: {state: running, root-device-type: instance-store}}), with the test it stands for.
 * The language is small on purpose: every kind and field is known at start-up, so a misspelt one
 * stops start-up with its file and line instead of leaving a step that can never be done.
 */
public record Condition(String text, Predicate<Observed> test) {

    public boolean holdsIn(Observed observed) {
        return test.test(observed);
    }

    @Override
    public String toString() {
        return text;
    }
}
