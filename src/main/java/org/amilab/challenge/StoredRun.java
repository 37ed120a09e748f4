package org.amilab.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A learner's open challenge as stored: its playground, the steps done and the hints shown per step. */
@Entity
@Table(name = "challenge_run")
class StoredRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "challenge_id", nullable = false, length = 64)
    private String challengeId;

    @Column(name = "playground_id", nullable = false)
    private UUID playgroundId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "steps_done", nullable = false)
    private int stepsDone;

    @Column(name = "hints_shown", nullable = false)
    private String hintsShown;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    /** Two tabs checking the same challenge at once: the second finds it changed and reads it again. */
    @Version
    private long version;

    protected StoredRun() {
    }

    StoredRun(long userId, String challengeId, UUID playgroundId, Instant startedAt, int steps) {
        this.userId = userId;
        this.challengeId = challengeId;
        restart(playgroundId, startedAt, steps);
    }

    /** Back to the first step, with no hint shown, in a new playground. */
    void restart(UUID newPlayground, Instant at, int steps) {
        this.playgroundId = newPlayground;
        this.startedAt = at;
        this.stepsDone = 0;
        this.hintsShown = String.join(",", java.util.Collections.nCopies(steps, "0"));
        this.completedAt = null;
    }

    String getChallengeId() {
        return challengeId;
    }

    UUID getPlaygroundId() {
        return playgroundId;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    int getStepsDone() {
        return stepsDone;
    }

    Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    /** Hints shown per step; a step the stored list does not reach (the file gained steps) has none. */
    List<Integer> hintsShown(int steps) {
        var shown = new ArrayList<Integer>();
        String[] stored = hintsShown.isEmpty() ? new String[0] : hintsShown.split(",");
        for (int i = 0; i < steps; i++) {
            shown.add(i < stored.length ? Integer.parseInt(stored[i]) : 0);
        }
        return shown;
    }

    void showHint(int step, int steps) {
        List<Integer> shown = hintsShown(steps);
        shown.set(step, shown.get(step) + 1);
        hintsShown = shown.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    int hintsUsed() {
        return Arrays.stream(hintsShown.split(",")).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).sum();
    }

    void stepsDone(int done) {
        this.stepsDone = done;
    }

    void completed(Instant at) {
        this.completedAt = at;
    }
}
