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

    static String purposeOf(UUID workshopId) {
        return "workshop:" + workshopId;
    }

    public boolean endedBy(Instant now) {
        return !now.isBefore(endsAt);
    }
}
