package org.amilab.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** A learner's schedule of one review card, as stored once the card has been answered. */
@Entity
@Table(name = "review_card")
class StoredCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "card_id", nullable = false, length = 80)
    private String cardId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private ReviewState state;

    @Column(name = "step")
    private @Nullable Integer step;

    @Column(name = "stability", nullable = false)
    private double stability;

    @Column(name = "difficulty", nullable = false)
    private double difficulty;

    @Column(name = "due", nullable = false)
    private Instant due;

    @Column(name = "last_review", nullable = false)
    private Instant lastReview;

    /** Two tabs answering the same card: the second is turned away rather than counted twice. */
    @Version
    private long version;

    protected StoredCard() {
    }

    StoredCard(long userId, String cardId, CardSchedule schedule) {
        this.userId = userId;
        this.cardId = cardId;
        set(schedule);
    }

    /** The stored moments are kept to the microsecond, as the database does. */
    void set(CardSchedule schedule) {
        Memory memory = schedule.memory().orElseThrow(() -> new IllegalArgumentException("A stored card has been reviewed."));
        this.state = schedule.state();
        this.step = schedule.step().isPresent() ? schedule.step().getAsInt() : null;
        this.stability = memory.stability();
        this.difficulty = memory.difficulty();
        this.due = schedule.due();
        this.lastReview = schedule.lastReview().orElseThrow();
    }

    CardSchedule schedule() {
        return new CardSchedule(state, step == null ? OptionalInt.empty() : OptionalInt.of(step),
                Optional.of(new Memory(stability, difficulty)), due, Optional.of(lastReview));
    }

    String cardId() {
        return cardId;
    }

    long userId() {
        return userId;
    }
}
