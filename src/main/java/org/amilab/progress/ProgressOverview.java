package org.amilab.progress;

import java.util.List;
import org.amilab.base.NextStep;
import org.amilab.review.ReviewQueue;

/** Everything the progress page shows: each lesson's mastery, the course totals, the review queue and what to do next. */
public record ProgressOverview(List<LessonMastery> lessons, int lessonsRead, int quizzesPassed, ReviewQueue review,
        NextStep next) {

    public ProgressOverview {
        lessons = List.copyOf(lessons);
    }

    /** The share of the course's lessons at least proficient, in per cent. */
    public int completionPercent() {
        long proficient = lessons.stream().filter(l -> l.level().compareTo(Mastery.PROFICIENT) >= 0).count();
        return lessons.isEmpty() ? 0 : (int) (100 * proficient / lessons.size());
    }
}
