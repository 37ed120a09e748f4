package org.amilab.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One learner in one workshop; a removed one keeps the row, so the code cannot bring them back. */
@Entity
@Table(name = "workshop_participant")
class StoredParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "workshop_id", nullable = false, updatable = false)
    private long workshopId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    @Column(name = "removed_at")
    private @Nullable Instant removedAt;

    protected StoredParticipant() {
    }

    StoredParticipant(long workshopId, long userId, Instant joinedAt) {
        this.workshopId = workshopId;
        this.userId = userId;
        this.joinedAt = joinedAt;
    }

    long workshopId() {
        return workshopId;
    }

    long userId() {
        return userId;
    }

    Instant joinedAt() {
        return joinedAt;
    }

    boolean removed() {
        return removedAt != null;
    }

    void remove(Instant at) {
        this.removedAt = at;
    }
}
