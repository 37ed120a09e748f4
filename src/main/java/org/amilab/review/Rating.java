package org.amilab.review;

/** How well the learner recalled a card, the four answers of FSRS (and Anki). */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** 1 to 4, the number FSRS's formulas use (and the key a learner presses). */
    public int grade() {
        return grade;
    }

    public static Rating ofGrade(int grade) {
        for (Rating rating : values()) {
            if (rating.grade == grade) {
                return rating;
            }
        }
        throw new IllegalArgumentException("A rating is 1 (again) to 4 (easy), not " + grade + ".");
    }
}
