package org.amilab.workshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One learner of a workshop as its instructor's page lists them: who, since when, and their
 * workshop playground at a glance (instances running, simulated dollars spent, last action).
 */
public record Participant(long userId, String displayName, Instant joinedAt, int runningInstances, BigDecimal spendUsd,
                          Optional<Instant> lastActivity) {
}
