package org.amilab.review;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the learner stands: cards due now, new cards they may still start today, new cards not met
 * yet at all, and when the next card falls due once nothing is due.
 */
public record ReviewQueue(int dueNow, int newLeftToday, int notMetYet, Optional<Instant> nextDue) {
}
