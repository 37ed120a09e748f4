package org.amilab.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One quiz attempt as stored: what was asked (JSON) and, once submitted, what was answered and the score. */
@Entity
@Table(name = "quiz_attempt")
class StoredAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "lesson_id", nullable = false, length = 64)
    private String lessonId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "asked", nullable = false)
    private String asked;

    @Column(name = "answers")
    private @Nullable String answers;

    @Column(name = "score_percent")
    private @Nullable Double scorePercent;

    @Column(name = "passed")
    private @Nullable Boolean passed;

    @Column(name = "retake_of")
    private @Nullable Long retakeOf;

    /** A second tab submitting the same attempt is turned away rather than scoring it twice. */
    @Version
    private long version;

    protected StoredAttempt() {
    }

    StoredAttempt(long userId, String lessonId, Instant startedAt, String asked, @Nullable Long retakeOf) {
        this.userId = userId;
        this.lessonId = lessonId;
        this.startedAt = startedAt;
        this.asked = asked;
        this.retakeOf = retakeOf;
    }

    void submit(Instant at, String answers, double scorePercent, boolean passed) {
        this.submittedAt = at;
        this.answers = answers;
        this.scorePercent = scorePercent;
        this.passed = passed;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("The attempt has not been saved yet.");
        }
        return id;
    }

    long userId() {
        return userId;
    }

    String lessonId() {
        return lessonId;
    }

    Instant startedAt() {
        return startedAt;
    }

    Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    String asked() {
        return asked;
    }

    Optional<String> answers() {
        return Optional.ofNullable(answers);
    }

    Optional<Double> scorePercent() {
        return Optional.ofNullable(scorePercent);
    }

    boolean passed() {
        return Boolean.TRUE.equals(passed);
    }

    Optional<Long> retakeOf() {
        return Optional.ofNullable(retakeOf);
    }
}
