package org.amilab.workshop;

import java.time.Instant;

/** One learner of a workshop, as its instructor lists them. */
public record Participant(long userId, String displayName, Instant joinedAt) {
}
