package org.amilab.progress;

/** How far a learner has got with one lesson (defined in docs/mastery.md). */
public enum Mastery {
    NOT_STARTED("Not started"),
    ATTEMPTED("Attempted"),
    FAMILIAR("Familiar"),
    PROFICIENT("Proficient"),
    MASTERED("Mastered");

    private final String label;

    Mastery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
