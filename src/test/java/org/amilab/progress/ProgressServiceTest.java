package org.amilab.progress;

import static org.amilab.SignedInAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.amilab.AmiLabSpringTest;
import org.amilab.challenge.ChallengeService;
import org.amilab.content.ContentService;
import org.amilab.quiz.QuizService;
import org.amilab.review.Rating;
import org.amilab.review.ReviewService;
import org.amilab.security.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Mastery levels as docs/mastery.md defines them, and the overview of one learner's course. */
@AmiLabSpringTest
class ProgressServiceTest {

    private static final QuizService.BestScore PASSED = new QuizService.BestScore(90, true, 1);
    private static final QuizService.BestScore HALF = new QuizService.BestScore(50, false, 1);
    private static final QuizService.BestScore LOW = new QuizService.BestScore(40, false, 2);

    @Autowired
    ProgressService progress;
    @Autowired
    LessonProgressService lessons;
    @Autowired
    ReviewService review;
    @Autowired
    ContentService content;
    @Autowired
    AccountService accounts;
    @Autowired
    ChallengeService challenges;

    @Test
    void eachLevelAsTheDocumentSaysIt() {
        assertThat(ProgressService.level(false, Optional.empty(), 6, 0, LessonChallenge.NONE)).isEqualTo(Mastery.NOT_STARTED);
        assertThat(ProgressService.level(true, Optional.empty(), 6, 0, LessonChallenge.NONE)).isEqualTo(Mastery.ATTEMPTED);
        assertThat(ProgressService.level(false, Optional.of(PASSED), 6, 0, LessonChallenge.NONE)).as("passed without reading")
                .isEqualTo(Mastery.ATTEMPTED);
        assertThat(ProgressService.level(false, Optional.empty(), 6, 1, LessonChallenge.NONE)).isEqualTo(Mastery.ATTEMPTED);
        assertThat(ProgressService.level(true, Optional.of(LOW), 6, 0, LessonChallenge.NONE)).isEqualTo(Mastery.ATTEMPTED);
        assertThat(ProgressService.level(true, Optional.of(HALF), 6, 0, LessonChallenge.NONE)).isEqualTo(Mastery.FAMILIAR);
        assertThat(ProgressService.level(true, Optional.of(PASSED), 6, 5, LessonChallenge.NONE)).isEqualTo(Mastery.PROFICIENT);
        assertThat(ProgressService.level(true, Optional.of(PASSED), 6, 6, LessonChallenge.NONE)).isEqualTo(Mastery.MASTERED);
        assertThat(ProgressService.level(false, Optional.empty(), 6, 0, LessonChallenge.IN_PROGRESS))
                .as("a challenge started").isEqualTo(Mastery.ATTEMPTED);
        assertThat(ProgressService.level(true, Optional.of(PASSED), 6, 6, LessonChallenge.IN_PROGRESS))
                .as("its challenge not completed").isEqualTo(Mastery.PROFICIENT);
        assertThat(ProgressService.level(true, Optional.of(PASSED), 6, 6, LessonChallenge.COMPLETED))
                .isEqualTo(Mastery.MASTERED);
    }

    @Test
    void theOverviewGathersLessonsReadCardsLearnedAndTheNextStep() {
        accounts.signUp("prog-ov", "Ov", "lantern over the harbour");
        ProgressOverview fresh = as("prog-ov", () -> progress.overview());
        assertThat(fresh.lessons()).hasSize(9).allSatisfy(l -> assertThat(l.level()).isEqualTo(Mastery.NOT_STARTED));
        assertThat(fresh.next().href()).isEqualTo("lessons/what-is-an-ami");

        as("prog-ov", () -> lessons.setDone("what-is-an-ami", true));
        String card = content.cards().stream().filter(c -> c.lessonId().equals("why-amis")).findFirst().orElseThrow().id();
        as("prog-ov", () -> review.answer(card, Rating.EASY));
        ProgressOverview later = as("prog-ov", () -> progress.overview());

        assertThat(later.lessonsRead()).isEqualTo(1);
        assertThat(later.lessons().get(0).level()).isEqualTo(Mastery.ATTEMPTED);
        assertThat(later.lessons().get(1).cardsLearned()).isEqualTo(1);
        assertThat(later.lessons().get(1).level()).isEqualTo(Mastery.ATTEMPTED);
        assertThat(later.next().href()).isEqualTo("lessons/why-amis");
        assertThat(later.completionPercent()).isZero();
        assertThatThrownBy(() -> progress.overview()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aStartedChallengeIsAnAttemptAndOnlyLessonsWithOneHaveIt() {
        accounts.signUp("prog-ch", "Ch", "lantern over the harbour");
        as("prog-ch", () -> challenges.start("instance-lifecycle"));

        ProgressOverview overview = as("prog-ch", () -> progress.overview());

        LessonMastery lifecycle = overview.lessons().stream()
                .filter(l -> l.lesson().id().equals("instance-lifecycle")).findFirst().orElseThrow();
        assertThat(lifecycle.challenge()).isEqualTo(LessonChallenge.IN_PROGRESS);
        assertThat(lifecycle.level()).isEqualTo(Mastery.ATTEMPTED);
        assertThat(overview.lessons()).filteredOn(l -> content.challenge(l.lesson().id()).isEmpty())
                .allSatisfy(l -> assertThat(l.challenge()).isEqualTo(LessonChallenge.NONE));
    }
}
