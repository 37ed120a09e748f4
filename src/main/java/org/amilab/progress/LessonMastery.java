package org.amilab.progress;

import java.util.Optional;
import org.amilab.content.Lesson;
import org.amilab.quiz.QuizService;

/**
 * One lesson as the learner stands with it: read, their best quiz score, review cards learned, its
 * guided challenge, and the level.
 */
public record LessonMastery(Lesson lesson, boolean read, Optional<QuizService.BestScore> quiz, int cards,
        int cardsLearned, LessonChallenge challenge, Mastery level) {
}
