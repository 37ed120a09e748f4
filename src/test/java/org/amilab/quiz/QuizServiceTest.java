package org.amilab.quiz;

import static org.amilab.SignedInAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.amilab.AmiLabSpringTest;
import org.amilab.content.ContentService;
import org.amilab.content.Question;
import org.amilab.content.Quiz;
import org.amilab.playground.PlaygroundService;
import org.amilab.security.AccountService;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.PlaygroundCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@AmiLabSpringTest
class QuizServiceTest {

    private static final String LESSON = "image-builder";

    @Autowired
    QuizService quizzes;
    @Autowired
    ContentService content;
    @Autowired
    AccountService accounts;
    @Autowired
    StoredAttemptRepository stored;
    @Autowired
    PlaygroundService playgrounds;

    @Test
    void anAttemptDrawsFromTheBankWithItsPartsShuffledAndIsTheSameWhenOpenedAgain() {
        learner("quiz-ada");
        Quiz quiz = content.quiz(LESSON).orElseThrow();

        QuizAttempt attempt = as("quiz-ada", () -> quizzes.start(LESSON));

        assertThat(attempt.questions()).hasSize(quiz.draw());
        assertThat(attempt.questions()).extracting(QuizAttempt.Asked::questionId).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(quiz.question(id)).isPresent());
        attempt.questions().forEach(asked -> assertThat(asked.shown()).containsExactlyInAnyOrderElementsOf(
                parts(asked.question().orElseThrow())));
        assertThat(attempt.submitted()).isFalse();
        assertThat(as("quiz-ada", () -> quizzes.start(LESSON))).as("a reload resumes the same attempt")
                .isEqualTo(attempt);
    }

    @Test
    void aRightAttemptScoresEverythingPassesAndIsKeptWithItsAnswers() {
        learner("quiz-bo");
        QuizAttempt attempt = as("quiz-bo", () -> quizzes.start(LESSON));
        Map<String, Answer> answers = new LinkedHashMap<>();
        attempt.questions().forEach(asked -> answers.put(asked.questionId(), right(asked.question().orElseThrow())));

        QuizAttempt done = as("quiz-bo", () -> quizzes.submit(attempt.id(), answers));

        assertThat(done.result()).hasValueSatisfying(result -> {
            assertThat(result.percent()).isEqualTo(100);
            assertThat(result.passed()).isTrue();
            assertThat(result.timeTaken().isNegative()).isFalse();
        });
        QuizAttempt reread = as("quiz-bo", () -> quizzes.attempt(attempt.id()));
        assertThat(reread).isEqualTo(done);
        assertThat(reread.questions()).allSatisfy(asked -> {
            assertThat(asked.answer()).contains(answers.get(asked.questionId()));
            assertThat(asked.right()).isTrue();
        });
        assertThat(as("quiz-bo", () -> quizzes.bestScores())).containsEntry(LESSON, new QuizService.BestScore(100, true, 1));
        assertThat(as("quiz-bo", () -> quizzes.start(LESSON)).id()).as("the next start is a new attempt")
                .isNotEqualTo(attempt.id());
    }

    @Test
    void aFailedAttemptCanBeRetakenWithOnlyTheQuestionsMissed() {
        learner("quiz-cy");
        QuizAttempt attempt = as("quiz-cy", () -> quizzes.start(LESSON));
        List<QuizAttempt.Asked> asked = attempt.questions();
        Map<String, Answer> answers = new LinkedHashMap<>();
        // right on the first three, the fourth left out, the rest wrong
        for (int i = 0; i < asked.size(); i++) {
            Question question = asked.get(i).question().orElseThrow();
            if (i < 3) {
                answers.put(question.id(), right(question));
            } else if (i > 3) {
                answers.put(question.id(), wrong(question));
            }
        }

        QuizAttempt failed = as("quiz-cy", () -> quizzes.submit(attempt.id(), answers));

        double expected = 100.0 * (3 + asked.subList(4, asked.size()).stream()
                .mapToDouble(a -> Scoring.points(a.question().orElseThrow(), answers.get(a.questionId()))).sum())
                / asked.size();
        assertThat(failed.result().orElseThrow().percent()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(failed.result().orElseThrow().passed()).isFalse();
        Set<String> missed = failed.missed().stream().map(QuizAttempt.Asked::questionId).collect(Collectors.toSet());
        assertThat(missed).hasSize(asked.size() - 3).contains(asked.get(3).questionId());

        QuizAttempt retake = as("quiz-cy", () -> quizzes.retakeMissed(failed.id()));

        assertThat(retake.questions()).extracting(QuizAttempt.Asked::questionId).containsExactlyInAnyOrderElementsOf(missed);
        assertThat(as("quiz-cy", () -> quizzes.attempts(LESSON))).extracting(QuizAttempt::id).containsExactly(failed.id());
    }

    @Test
    void anAttemptIsSubmittedOnceAndOnlyWithAnswersThatFitIt() {
        learner("quiz-di");
        QuizAttempt attempt = as("quiz-di", () -> quizzes.start(LESSON));
        Question first = attempt.questions().get(0).question().orElseThrow();

        assertThatThrownBy(() -> as("quiz-di", () -> quizzes.submit(attempt.id(), Map.of("not-asked", right(first)))))
                .hasMessage("Question 'not-asked' is not part of this attempt.");
        assertThatThrownBy(() -> as("quiz-di", () -> quizzes.submit(attempt.id(),
                Map.of(first.id(), new Answer.Choices(Set.of("a choice it does not have")))))).isInstanceOf(
                IllegalArgumentException.class);
        assertThat(as("quiz-di", () -> quizzes.attempt(attempt.id())).submitted()).as("nothing was kept").isFalse();

        as("quiz-di", () -> quizzes.submit(attempt.id(), Map.of()));
        assertThatThrownBy(() -> as("quiz-di", () -> quizzes.submit(attempt.id(), Map.of())))
                .hasMessage("This attempt was already submitted.");
        assertThat(as("quiz-di", () -> quizzes.attempt(attempt.id())).result().orElseThrow().percent()).isZero();
    }

    @Test
    void aLearnerNeverSeesOrAnswersAnotherLearnersAttempt() {
        learner("quiz-eve");
        learner("quiz-fay");
        QuizAttempt attempt = as("quiz-eve", () -> quizzes.start(LESSON));

        for (var action : List.<Runnable>of(() -> quizzes.attempt(attempt.id()),
                () -> quizzes.submit(attempt.id(), Map.of()), () -> quizzes.abandon(attempt.id()),
                () -> quizzes.retakeMissed(attempt.id()))) {
            assertThatThrownBy(() -> as("quiz-fay", action))
                    .hasMessage("There is no quiz attempt " + attempt.id() + " of yours.");
        }
        assertThat(as("quiz-fay", () -> quizzes.bestScores())).isEmpty();
        assertThatThrownBy(() -> quizzes.start(LESSON)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(stored.findById(attempt.id()).orElseThrow().submittedAt()).isEmpty();
    }

    @Test
    void anAbandonedAttemptMakesRoomForAFreshDraw() {
        learner("quiz-gus");
        QuizAttempt first = as("quiz-gus", () -> quizzes.start(LESSON));
        as("quiz-gus", () -> quizzes.abandon(first.id()));
        assertThat(stored.findById(first.id())).isEmpty();
        assertThat(as("quiz-gus", () -> quizzes.start(LESSON)).id()).isNotEqualTo(first.id());
        assertThatThrownBy(() -> as("quiz-gus", () -> quizzes.start("no-such-lesson")))
                .hasMessage("Lesson 'no-such-lesson' has no quiz.");
    }

    private void learner(String username) {
        accounts.signUp(username, username, "lantern over the harbour");
    }

    @Test
    void aPlaygroundTaskIsAnsweredByTheLearnersOwnPlaygroundNotByWhatTheBrowserSends() {
        learner("quiz-pg");
        String task = "stop-refused-in-the-playground";
        QuizAttempt attempt = attemptAsking("quiz-pg", "instance-store-vs-ebs", task);

        assertThat(as("quiz-pg", () -> quizzes.checkPlayground(attempt.id(), task))).isFalse();
        QuizAttempt claimed = as("quiz-pg", () -> quizzes.submit(attempt.id(), Map.of(task, new Answer.TrueOrFalse(true))));
        assertThat(asked(claimed, task).right()).as("claiming it is not doing it").isFalse();

        String instance = as("quiz-pg", () -> playgrounds.execute(new PlaygroundCommand.RunInstances(
                LaunchRequest.of("us-east-1", "ami-0b3ce107f80e222f8", "m1.small"))).value().get(0).id());
        as("quiz-pg", () -> playgrounds.execute(new PlaygroundCommand.AdvanceClock(java.time.Duration.ofMinutes(5))));
        as("quiz-pg", () -> playgrounds.execute(PlaygroundCommand.StopInstances.of(instance)));
        QuizAttempt again = attemptAsking("quiz-pg", "instance-store-vs-ebs", task);
        assertThat(as("quiz-pg", () -> quizzes.checkPlayground(again.id(), task))).isTrue();

        QuizAttempt done = as("quiz-pg", () -> quizzes.submit(again.id(), Map.of()));

        assertThat(asked(done, task).right()).as("done in the playground, even with nothing sent").isTrue();
        assertThat(asked(done, task).answer()).contains(new Answer.TrueOrFalse(true));
        assertThatThrownBy(() -> as("quiz-pg", () -> quizzes.checkPlayground(again.id(), "no-such-question")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A new attempt that happens to draw {@code questionId}: the draw is random, so attempts without it are left. */
    private QuizAttempt attemptAsking(String learner, String lesson, String questionId) {
        for (int tries = 0; tries < 60; tries++) {
            QuizAttempt attempt = as(learner, () -> quizzes.start(lesson));
            if (attempt.questions().stream().anyMatch(asked -> asked.questionId().equals(questionId))) {
                return attempt;
            }
            as(learner, () -> quizzes.abandon(attempt.id()));
        }
        throw new AssertionError(questionId + " was never drawn");
    }

    private static QuizAttempt.Asked asked(QuizAttempt attempt, String questionId) {
        return attempt.questions().stream().filter(asked -> asked.questionId().equals(questionId)).findFirst()
                .orElseThrow();
    }

    private static List<String> parts(Question question) {
        if (question instanceof Question.SingleChoice single) {
            return single.choices().stream().map(Question.Choice::text).toList();
        }
        if (question instanceof Question.MultipleChoice multiple) {
            return multiple.choices().stream().map(Question.Choice::text).toList();
        }
        if (question instanceof Question.Ordering ordering) {
            return ordering.items();
        }
        if (question instanceof Question.Matching matching) {
            return matching.pairs().stream().map(Question.Matching.Pair::item).toList();
        }
        return List.of();
    }

    static Answer right(Question question) {
        if (question instanceof Question.SingleChoice single) {
            return new Answer.Choices(single.choices().stream().filter(Question.Choice::correct)
                    .map(Question.Choice::text).collect(Collectors.toSet()));
        }
        if (question instanceof Question.MultipleChoice multiple) {
            return new Answer.Choices(multiple.choices().stream().filter(Question.Choice::correct)
                    .map(Question.Choice::text).collect(Collectors.toSet()));
        }
        if (question instanceof Question.TrueFalse statement) {
            return new Answer.TrueOrFalse(statement.answer());
        }
        if (question instanceof Question.Ordering ordering) {
            return new Answer.Order(ordering.items());
        }
        if (question instanceof Question.Matching matching) {
            return new Answer.Matches(matching.pairs().stream()
                    .collect(Collectors.toMap(Question.Matching.Pair::item, Question.Matching.Pair::match)));
        }
        if (question instanceof Question.PlaygroundTask) {
            return new Answer.TrueOrFalse(true);
        }
        return new Answer.Number(((Question.Numeric) question).answer());
    }

    /** An answer that is not fully right (it may still earn part of the point). */
    static Answer wrong(Question question) {
        if (question instanceof Question.SingleChoice single) {
            return new Answer.Choices(Set.of(single.choices().stream().filter(choice -> !choice.correct())
                    .findFirst().orElseThrow().text()));
        }
        if (question instanceof Question.MultipleChoice multiple) {
            var all = new HashSet<String>();
            multiple.choices().forEach(choice -> all.add(choice.text()));
            return new Answer.Choices(all.size() > countRight(multiple) ? all : Set.of());
        }
        if (question instanceof Question.TrueFalse statement) {
            return new Answer.TrueOrFalse(!statement.answer());
        }
        if (question instanceof Question.Ordering ordering) {
            var reversed = new java.util.ArrayList<>(ordering.items());
            java.util.Collections.reverse(reversed);
            return new Answer.Order(reversed);
        }
        if (question instanceof Question.Matching matching) {
            return new Answer.Matches(Map.of());
        }
        if (question instanceof Question.PlaygroundTask) {
            return new Answer.TrueOrFalse(false);
        }
        Question.Numeric numeric = (Question.Numeric) question;
        return new Answer.Number(numeric.answer().add(numeric.tolerance()).add(BigDecimal.ONE));
    }

    private static long countRight(Question.MultipleChoice question) {
        return question.choices().stream().filter(Question.Choice::correct).count();
    }
}
