package org.amilab.workshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A workshop as its instructor sees it: what it covers, when, its rules and how to join it. */
public record Workshop(UUID id, String title, List<String> lessons, Instant startsAt, Instant endsAt, boolean paced,
                       BigDecimal budgetUsd, int passMark, String joinCode, boolean joiningOpen, int participants) {

    public Workshop {
        lessons = List.copyOf(lessons);
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
