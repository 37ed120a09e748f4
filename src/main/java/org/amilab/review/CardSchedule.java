package org.amilab.review;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One card's place in a learner's schedule. A card never reviewed has no memory and no last
 * review yet; {@code step} is the learning or relearning step, empty in the review state.
 */
public record CardSchedule(ReviewState state, OptionalInt step, Optional<Memory> memory, Instant due,
        Optional<Instant> lastReview) {

    public CardSchedule {
        if (state == ReviewState.REVIEW == step.isPresent()) {
            throw new IllegalArgumentException("A card has a step exactly while it is learned or relearned.");
        }
        if (memory.isPresent() != lastReview.isPresent()) {
            throw new IllegalArgumentException("A card has a memory exactly once it has been reviewed.");
        }
    }

    /** A card the learner has not met yet: due at once, at the first learning step. */
    public static CardSchedule fresh(Instant now) {
        return new CardSchedule(ReviewState.LEARNING, OptionalInt.of(0), Optional.empty(), now, Optional.empty());
    }

    public boolean isNew() {
        return lastReview.isEmpty();
    }
}
