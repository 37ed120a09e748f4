package org.amilab.progress;

/** Where a learner stands with a lesson's guided challenge; {@link #NONE} when the lesson has none. */
public enum LessonChallenge {
    NONE("no challenge"),
    NOT_STARTED("challenge not started"),
    IN_PROGRESS("challenge in progress"),
    COMPLETED("challenge completed");

    private final String text;

    LessonChallenge(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** Counts for mastery: done, or there is nothing to do. */
    boolean doneOrNone() {
        return this == NONE || this == COMPLETED;
    }

    boolean begun() {
        return this == IN_PROGRESS || this == COMPLETED;
    }
}
