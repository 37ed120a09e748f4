package org.amilab.workshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A workshop: what it covers, when, its rules and how to join it; {@code lessonsUnlocked} of its
 * lessons, in order, are open to participants (all of them unless it is instructor-paced), and its
 * instructor's announcement, if any, is on every participant's screen.
 */
public record Workshop(UUID id, String title, List<String> lessons, Instant startsAt, Instant endsAt, boolean paced,
                       BigDecimal budgetUsd, int passMark, String joinCode, boolean joiningOpen, int participants,
                       int lessonsUnlocked, Optional<Announcement> announcement) {

    /** What the instructor said to every participant, and when. */
    public record Announcement(String text, Instant at) {
    }

    public Workshop {
        lessons = List.copyOf(lessons);
    }

    public boolean unlocked(String lessonId) {
        int at = lessons.indexOf(lessonId);
        return at >= 0 && at < lessonsUnlocked;
    }

    /** The purpose of a participant's playground for this workshop. */
    public String playgroundPurpose() {
        return purposeOf(id);
    }

    static final String PURPOSE_PREFIX = "workshop:";

    static String purposeOf(UUID workshopId) {
        return PURPOSE_PREFIX + workshopId;
    }

    /** A workshop's id as a page's address or a playground's purpose writes it, or empty for anything else. */
    public static Optional<UUID> idOf(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    public boolean endedBy(Instant now) {
        return !now.isBefore(endsAt);
    }
}
