package org.amilab.playground;

import java.util.UUID;

/**
 * Which of a learner's playgrounds this is: its public id, and what it is for. Every learner has a
 * free one; guided challenges and workshops will each add one of their own.
 */
public record PlaygroundRef(UUID id, String purpose) {

    /** The playground every learner has, to try anything in. */
    public static final String FREE = "free";

    public PlaygroundRef {
        if (id == null || purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("a playground has an id and a purpose");
        }
    }

    public static PlaygroundRef free(UUID id) {
        return new PlaygroundRef(id, FREE);
    }

    /** How the page names it. */
    public String displayName() {
        return FREE.equals(purpose) ? "Your free playground" : "Playground for " + purpose;
    }
}
