package org.amilab.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One time a learner finished a challenge, kept when its run is left or restarted. */
@Entity
@Table(name = "challenge_completion")
class StoredCompletion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "challenge_id", nullable = false, length = 64)
    private String challengeId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Column(name = "hints_used", nullable = false)
    private int hintsUsed;

    protected StoredCompletion() {
    }

    StoredCompletion(long userId, String challengeId, Instant startedAt, Instant completedAt, int hintsUsed) {
        this.userId = userId;
        this.challengeId = challengeId;
        this.startedAt = startedAt;
        this.completedAt = completedAt;
        this.hintsUsed = hintsUsed;
    }

    ChallengeCompletion toCompletion() {
        return new ChallengeCompletion(challengeId, startedAt, completedAt, hintsUsed);
    }
}
