package org.amilab.review;

/**
 * Where a card is in FSRS's schedule: still being learned in short steps, reviewed at intervals of
 * days, or relearned in short steps after it was forgotten.
 */
public enum ReviewState {
    LEARNING, REVIEW, RELEARNING
}
