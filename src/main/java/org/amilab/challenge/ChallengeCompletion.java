package org.amilab.challenge;

import java.time.Instant;

/** A challenge finished: when it was started and done, and how many hints the learner needed. */
public record ChallengeCompletion(String challengeId, Instant startedAt, Instant completedAt, int hintsUsed) {
}
