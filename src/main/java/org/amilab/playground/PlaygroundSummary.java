package org.amilab.playground;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A playground at a glance, as its owner's last action left it: how many instances are in each
 * state EC2 still lists them in (terminated ones aside), what has been spent in simulated dollars,
 * and when the owner last acted. {@code lastActivity} is empty until the first action after the
 * summary came to be kept.
 */
public record PlaygroundSummary(long ownerId, int pending, int running, int stopping, int stopped, int shuttingDown,
                                BigDecimal spendSoFarUsd, Optional<Instant> lastActivity) {

    /** The shape JPQL builds, where a missing time is null. */
    PlaygroundSummary(long ownerId, int pending, int running, int stopping, int stopped, int shuttingDown,
                      BigDecimal spendSoFarUsd, @Nullable Instant lastActivity) {
        this(ownerId, pending, running, stopping, stopped, shuttingDown, spendSoFarUsd, Optional.ofNullable(lastActivity));
    }
}
