package org.amilab.challenge;

/** Published when a learner finishes a challenge, for progress and, later, a workshop's dashboard. */
public record ChallengeCompleted(long userId, ChallengeCompletion completion) {
}
