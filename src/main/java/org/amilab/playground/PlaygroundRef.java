package org.amilab.playground;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Which of a learner's playgrounds this is: its public id, and what it is for. Every learner has a
 * free one; guided challenges and workshops will each add one of their own.
 */
public record PlaygroundRef(UUID id, String purpose) {

    /** The playground every learner has, to try anything in. */
    public static final String FREE = "free";
    /** Purposes are names of our own ("free", "challenge:why-amis"), never a learner's text. */
    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9][a-z0-9:-]{0,79}");

    public PlaygroundRef {
        if (id == null) {
            throw new IllegalArgumentException("a playground has an id");
        }
        checkedPurpose(purpose);
    }

    static String checkedPurpose(String purpose) {
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("a playground's purpose is a short name of ours, not '" + purpose + "'");
        }
        return purpose;
    }

    public boolean isFree() {
        return FREE.equals(purpose);
    }

    public static PlaygroundRef free(UUID id) {
        return new PlaygroundRef(id, FREE);
    }

}
