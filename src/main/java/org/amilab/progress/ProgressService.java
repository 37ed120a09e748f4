package org.amilab.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amilab.base.NextStep;
import org.amilab.challenge.ChallengeService;
import org.amilab.challenge.ChallengeStatus;
import org.amilab.content.ContentService;
import org.amilab.content.LessonLevels;
import org.amilab.content.Lesson;
import org.amilab.content.ReviewCard;
import org.amilab.quiz.QuizService;
import org.amilab.review.ReviewQueue;
import org.amilab.review.ReviewService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The signed-in learner's progress through the course, gathered from the features that keep it:
 * lessons read, quiz attempts, review cards and guided challenges. Levels follow docs/mastery.md.
 */
@Service
public class ProgressService implements LessonLevels, NextStep.Advice {

    private static final double FAMILIAR_SCORE = 50;

    private final ContentService content;
    private final LessonProgressService lessons;
    private final QuizService quizzes;
    private final ReviewService review;
    private final ChallengeService challenges;

    ProgressService(ContentService content, LessonProgressService lessons, QuizService quizzes, ReviewService review,
                    ChallengeService challenges) {
        this.content = content;
        this.lessons = lessons;
        this.quizzes = quizzes;
        this.review = review;
        this.challenges = challenges;
    }

    @PreAuthorize("isAuthenticated()")
    public ProgressOverview overview() {
        Set<String> read = lessons.doneLessonIds();
        Map<String, QuizService.BestScore> best = quizzes.bestScores();
        Set<String> learned = review.learnedCardIds();
        ReviewQueue queue = review.queue();
        Map<String, LessonChallenge> challenged = challenges.overview().stream().collect(Collectors.toMap(
                status -> status.challenge().id(), ProgressService::challengeState));
        var mastery = new ArrayList<LessonMastery>();
        for (Lesson lesson : content.course().lessons()) {
            List<ReviewCard> cards = content.cards().stream().filter(card -> card.lessonId().equals(lesson.id())).toList();
            int cardsLearned = (int) cards.stream().filter(card -> learned.contains(card.id())).count();
            Optional<QuizService.BestScore> quiz = Optional.ofNullable(best.get(lesson.id()));
            boolean isRead = read.contains(lesson.id());
            LessonChallenge challenge = challenged.getOrDefault(lesson.id(), LessonChallenge.NONE);
            mastery.add(new LessonMastery(lesson, isRead, quiz, cards.size(), cardsLearned, challenge,
                    level(isRead, quiz, cards.size(), cardsLearned, challenge)));
        }
        int passed = (int) mastery.stream().filter(l -> l.quiz().filter(QuizService.BestScore::passed).isPresent()).count();
        return new ProgressOverview(mastery, read.size(), passed, queue, next(mastery, queue));
    }

    @Override
    public Map<String, String> levelsByLesson() {
        if (!lessons.canTrack()) {
            return Map.of();
        }
        return overview().lessons().stream().filter(lesson -> lesson.level() != Mastery.NOT_STARTED)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(lesson -> lesson.lesson().id(),
                        lesson -> lesson.level().label()));
    }

    @Override
    public Optional<NextStep> forSignedIn() {
        return lessons.canTrack() ? Optional.of(overview().next()) : Optional.empty();
    }

    static Mastery level(boolean read, Optional<QuizService.BestScore> quiz, int cards, int cardsLearned,
                         LessonChallenge challenge) {
        boolean passed = quiz.filter(QuizService.BestScore::passed).isPresent();
        if (read && passed && cardsLearned == cards && challenge.doneOrNone()) {
            return Mastery.MASTERED;
        }
        if (read && passed) {
            return Mastery.PROFICIENT;
        }
        if (read && quiz.filter(score -> score.percent() >= FAMILIAR_SCORE).isPresent()) {
            return Mastery.FAMILIAR;
        }
        return read || quiz.isPresent() || cardsLearned > 0 || challenge.begun() ? Mastery.ATTEMPTED : Mastery.NOT_STARTED;
    }

    /** Completed once, it stays completed, even while the learner does it again. */
    private static LessonChallenge challengeState(ChallengeStatus status) {
        if (status.everCompleted()) {
            return LessonChallenge.COMPLETED;
        }
        return status.run().isPresent() ? LessonChallenge.IN_PROGRESS : LessonChallenge.NOT_STARTED;
    }

    private static NextStep next(List<LessonMastery> lessons, ReviewQueue queue) {
        if (queue.dueNow() > 0) {
            return new NextStep("Review the " + (queue.dueNow() == 1 ? "card" : queue.dueNow() + " cards")
                    + " due now", "review");
        }
        Optional<LessonMastery> unread = lessons.stream().filter(l -> !l.read()).findFirst();
        if (unread.isPresent()) {
            return new NextStep("Read the next lesson: " + unread.get().lesson().title(),
                    unread.get().lesson().path());
        }
        Optional<LessonMastery> quiz = lessons.stream().filter(l -> l.level().compareTo(Mastery.PROFICIENT) < 0).findFirst();
        if (quiz.isPresent()) {
            return new NextStep("Pass the quiz of " + quiz.get().lesson().title(),
                    "quizzes/" + quiz.get().lesson().id());
        }
        Optional<LessonMastery> challenge = lessons.stream()
                .filter(l -> !l.challenge().doneOrNone()).findFirst();
        if (challenge.isPresent()) {
            return new NextStep("Complete the guided challenge of " + challenge.get().lesson().title(),
                    "challenges/" + challenge.get().lesson().id());
        }
        if (queue.notMetYet() > 0 && queue.newLeftToday() > 0) {
            return new NextStep("Learn the key takeaways you have not met yet", "review");
        }
        return new NextStep("Keep your knowledge fresh: review when cards fall due", "review");
    }
}
