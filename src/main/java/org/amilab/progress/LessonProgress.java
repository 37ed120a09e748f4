package org.amilab.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A lesson a learner marked as done. Refers to the lesson by its stable id, so edited text keeps progress. */
@Entity
@Table(name = "lesson_progress")
class LessonProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "lesson_id", nullable = false, length = 64)
    private String lessonId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonProgress() {
    }

    LessonProgress(long userId, String lessonId, Instant completedAt) {
        this.userId = userId;
        this.lessonId = lessonId;
        this.completedAt = completedAt;
    }

    String getLessonId() {
        return lessonId;
    }
}
