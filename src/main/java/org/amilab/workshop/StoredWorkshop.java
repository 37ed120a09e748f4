package org.amilab.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A workshop as its row holds it. */
@Entity
@Table(name = "workshop")
class StoredWorkshop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private UUID publicId;

    @Column(name = "instructor_id", nullable = false, updatable = false)
    private long instructorId;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 1000)
    private String lessons;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private boolean paced;

    @Column(name = "budget_usd", nullable = false, precision = 12, scale = 2)
    private BigDecimal budgetUsd;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "join_code", nullable = false, updatable = false, length = 8)
    private String joinCode;

    @Column(name = "joining_open", nullable = false)
    private boolean joiningOpen;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "lessons_unlocked", nullable = false)
    private int lessonsUnlocked;

    @Column(nullable = false, length = 500)
    private String announcement;

    @Column(name = "announced_at")
    private @Nullable Instant announcedAt;

    @Version
    private long version;

    protected StoredWorkshop() {
    }

    StoredWorkshop(long instructorId, WorkshopForm.Checked form, String joinCode, Instant createdAt) {
        this.publicId = UUID.randomUUID();
        this.instructorId = instructorId;
        this.title = form.title();
        this.lessons = String.join(",", form.lessons());
        this.startsAt = form.startsAt();
        this.endsAt = form.endsAt();
        this.paced = form.paced();
        this.budgetUsd = form.budgetUsd();
        this.passMark = form.passMark();
        this.joinCode = joinCode;
        this.joiningOpen = true;
        this.createdAt = createdAt;
        this.lessonsUnlocked = 1;
        this.announcement = "";
    }

    /** Unlocks the next lesson of a paced workshop; the count never passes the number of lessons. */
    void unlockNextLesson() {
        lessonsUnlocked = Math.min(lessonsUnlocked + 1, lessonIds().size());
    }

    void announce(String text, Instant at) {
        this.announcement = text;
        this.announcedAt = text.isEmpty() ? null : at;
    }

    private List<String> lessonIds() {
        return lessons.isEmpty() ? List.of() : Arrays.asList(lessons.split(","));
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("a workshop has an id once saved");
        }
        return id;
    }

    UUID publicId() {
        return publicId;
    }

    long instructorId() {
        return instructorId;
    }

    String joinCode() {
        return joinCode;
    }

    boolean joiningOpen() {
        return joiningOpen;
    }

    void setJoiningOpen(boolean open) {
        this.joiningOpen = open;
    }

    BigDecimal budgetUsd() {
        return budgetUsd;
    }

    Instant endsAt() {
        return endsAt;
    }

    Workshop toWorkshop(int participants) {
        return new Workshop(publicId, title, lessonIds(), startsAt, endsAt, paced, budgetUsd, passMark, joinCode, joiningOpen,
                participants, paced ? lessonsUnlocked : lessonIds().size(),
                announcement.isEmpty() || announcedAt == null ? java.util.Optional.empty()
                        : java.util.Optional.of(new Workshop.Announcement(announcement, announcedAt)));
    }
}
