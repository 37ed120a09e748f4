package org.amilab.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** One answer a learner gave, with the card's schedule before it so that it can be undone. */
@Entity
@Table(name = "review_log")
class StoredAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "card_id", nullable = false, length = 80)
    private String cardId;

    @Column(name = "rating", nullable = false)
    private int rating;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "before_state", length = 16)
    private @Nullable ReviewState beforeState;

    @Column(name = "before_step")
    private @Nullable Integer beforeStep;

    @Column(name = "before_stability")
    private @Nullable Double beforeStability;

    @Column(name = "before_difficulty")
    private @Nullable Double beforeDifficulty;

    @Column(name = "before_due")
    private @Nullable Instant beforeDue;

    @Column(name = "before_last_review")
    private @Nullable Instant beforeLastReview;

    protected StoredAnswer() {
    }

    StoredAnswer(long userId, String cardId, Rating rating, Instant reviewedAt, Optional<CardSchedule> before) {
        this.userId = userId;
        this.cardId = cardId;
        this.rating = rating.grade();
        this.reviewedAt = reviewedAt;
        before.ifPresent(schedule -> {
            Memory memory = schedule.memory().orElseThrow();
            this.beforeState = schedule.state();
            this.beforeStep = schedule.step().isPresent() ? schedule.step().getAsInt() : null;
            this.beforeStability = memory.stability();
            this.beforeDifficulty = memory.difficulty();
            this.beforeDue = schedule.due();
            this.beforeLastReview = schedule.lastReview().orElseThrow();
        });
    }

    String cardId() {
        return cardId;
    }

    Instant reviewedAt() {
        return reviewedAt;
    }

    Rating rating() {
        return Rating.ofGrade(rating);
    }

    /** The card's schedule before this answer; empty when this was the card's first answer. */
    Optional<CardSchedule> before() {
        if (beforeState == null || beforeStability == null || beforeDifficulty == null || beforeDue == null
                || beforeLastReview == null) {
            return Optional.empty();
        }
        return Optional.of(new CardSchedule(beforeState, beforeStep == null ? OptionalInt.empty() : OptionalInt.of(beforeStep),
                Optional.of(new Memory(beforeStability, beforeDifficulty)), beforeDue, Optional.of(beforeLastReview)));
    }
}
