package org.amilab.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Guards for records built from content files and stored documents, where a mistake is a bug in the
 * data, not a learner action; and the small helpers the records share for times that may not have come.
 */
final class Require {

    private Require() {
    }

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    static <T> T present(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    static int positive(int value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, was " + value);
        }
        return value;
    }

    static void that(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** An absent value for a key a document left out (Jackson passes null for it): no allocation, as records are built often. */
    static <T> Optional<T> orNone(@Nullable Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /** Whether the moment {@code at} (if known) has come by {@code t}; for the hot read paths, without a lambda. */
    static boolean reached(Optional<Instant> at, Instant t) {
        return at.isPresent() && !at.get().isAfter(t);
    }

    /** Whether {@code t} is still before the moment {@code at}, which may never come. */
    static boolean notReached(Optional<Instant> at, Instant t) {
        return at.isEmpty() || t.isBefore(at.get());
    }
}
