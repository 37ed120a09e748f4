package org.amilab.review;

import static org.amilab.SignedInAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.amilab.AmiLabSpringTest;
import org.amilab.base.UserIds;
import org.amilab.content.ContentService;
import org.amilab.security.AccountService;
import org.amilab.simulator.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Review through the service: what comes next, answers kept and scheduled, the daily limit, undo, the calendar. */
@AmiLabSpringTest
class ReviewServiceTest {

    private static final Instant MORNING = Instant.parse("2026-12-03T08:00:00Z");

    @Autowired
    StoredCardRepository cards;
    @Autowired
    StoredAnswerRepository answers;
    @Autowired
    ContentService content;
    @Autowired
    UserIds userIds;
    @Autowired
    AccountService accounts;
    @Autowired
    ReviewService secured;

    private final MutableClock clock = new MutableClock(MORNING);

    private ReviewService reviewAt() {
        return new ReviewService(cards, answers, content, userIds, clock, new ReviewProperties(false));
    }

    @Test
    void withFuzzEachButtonShowsTheWaitItsAnswerGetsAndCardsLearnedTogetherSpreadOut() {
        learner("rev-fuzz");
        ReviewService review = new ReviewService(cards, answers, content, userIds, clock, new ReviewProperties(true));
        var firstWaits = new java.util.HashSet<Duration>();
        for (int i = 0; i < 10; i++) {
            ReviewPrompt prompt = as("rev-fuzz", () -> review.next()).orElseThrow();
            Duration shown = prompt.waits().get(Rating.EASY);
            Instant due = as("rev-fuzz", () -> review.answer(prompt.card().id(), Rating.EASY));
            assertThat(Duration.between(MORNING, due)).as("the wait the Easy button showed").isEqualTo(shown);
            assertThat(shown).as("8 days moved by at most its fuzz range").isBetween(Duration.ofDays(6), Duration.ofDays(11));
            firstWaits.add(shown);
        }
        assertThat(firstWaits).as("ten cards learned at one moment fall due on different days").hasSizeGreaterThan(1);
    }

    @Test
    void newCardsComeInCourseOrderAndAnAnsweredCardComesBackWhenDue() {
        learner("rev-ada");
        ReviewService review = reviewAt();
        ReviewPrompt first = as("rev-ada", () -> review.next()).orElseThrow();
        assertThat(first.card()).isEqualTo(content.cards().get(0));
        assertThat(first.firstTime()).isTrue();
        assertThat(first.waits().get(Rating.AGAIN)).isEqualTo(Duration.ofMinutes(1));
        assertThat(first.waits().get(Rating.EASY)).isEqualTo(Duration.ofDays(8));

        Instant due = as("rev-ada", () -> review.answer(first.card().id(), Rating.GOOD));

        assertThat(due).isEqualTo(MORNING.plus(Duration.ofMinutes(10)));
        assertThat(as("rev-ada", () -> review.next()).orElseThrow().card()).as("the next new card meanwhile")
                .isEqualTo(content.cards().get(1));
        clock.advance(Duration.ofMinutes(10));
        ReviewPrompt again = as("rev-ada", () -> review.next()).orElseThrow();
        assertThat(again.card()).isEqualTo(first.card());
        assertThat(again.firstTime()).isFalse();
        assertThat(as("rev-ada", () -> review.queue())).isEqualTo(new ReviewQueue(1,
                ReviewService.NEW_CARDS_PER_DAY - 1, content.cards().size() - 1, Optional.empty()));
    }

    @Test
    void aDayStartsAtMostTwentyNewCardsAndTheNextDayMore() {
        learner("rev-bo");
        ReviewService review = reviewAt();
        for (int i = 0; i < ReviewService.NEW_CARDS_PER_DAY; i++) {
            ReviewPrompt prompt = as("rev-bo", () -> review.next()).orElseThrow();
            as("rev-bo", () -> review.answer(prompt.card().id(), Rating.EASY));
        }
        assertThat(as("rev-bo", () -> review.next())).as("nothing due, no new card left today").isEmpty();
        String unmet = content.cards().get(ReviewService.NEW_CARDS_PER_DAY).id();
        assertThatThrownBy(() -> as("rev-bo", () -> review.answer(unmet, Rating.GOOD)))
                .hasMessage("Today's 20 new cards are done; this one waits for tomorrow.");
        assertThat(as("rev-bo", () -> review.queue()).nextDue()).contains(MORNING.plus(Duration.ofDays(8)));

        clock.advance(Duration.ofDays(1));
        assertThat(as("rev-bo", () -> review.next()).orElseThrow().card().id()).isEqualTo(unmet);
    }

    @Test
    void undoPutsTheCardBackExactlyAsItWas() {
        learner("rev-cy");
        ReviewService review = reviewAt();
        String card = content.cards().get(0).id();
        as("rev-cy", () -> review.answer(card, Rating.EASY));
        clock.advance(Duration.ofDays(8));
        CardSchedule before = cards.findByUserIdAndCardId(userIds.idOf("rev-cy").getAsLong(), card).orElseThrow()
                .schedule();
        as("rev-cy", () -> review.answer(card, Rating.AGAIN));

        assertThat(as("rev-cy", () -> review.undoLastAnswer())).contains(card);
        assertThat(cards.findByUserIdAndCardId(userIds.idOf("rev-cy").getAsLong(), card).orElseThrow().schedule())
                .isEqualTo(before);
        assertThat(as("rev-cy", () -> review.undoLastAnswer())).contains(card);
        assertThat(cards.findByUserIdAndCardId(userIds.idOf("rev-cy").getAsLong(), card)).as("met for the first time")
                .isEmpty();
        assertThat(as("rev-cy", () -> review.undoLastAnswer())).isEmpty();
    }

    @Test
    void theCalendarCountsAnswersPerDayAndTheStreakDaysInARow() {
        learner("rev-di");
        ReviewService review = reviewAt();
        for (int day = 0; day < 3; day++) {
            String card = content.cards().get(day).id();
            as("rev-di", () -> review.answer(card, Rating.GOOD));
            as("rev-di", () -> review.answer(card, Rating.GOOD));
            clock.advance(Duration.ofDays(1));
        }
        assertThat(as("rev-di", () -> review.history().answersPerDay())).containsExactly(
                java.util.Map.entry(LocalDate.of(2026, 12, 3), 2), java.util.Map.entry(LocalDate.of(2026, 12, 4), 2),
                java.util.Map.entry(LocalDate.of(2026, 12, 5), 2));
        assertThat(as("rev-di", () -> review.history().streak())).as("today not yet reviewed still keeps the streak").isEqualTo(3);
        clock.advance(Duration.ofDays(1));
        assertThat(as("rev-di", () -> review.history().streak())).isZero();
    }

    @Test
    void eachLearnerHasTheirOwnScheduleAndVisitorsNone() {
        learner("rev-eve");
        learner("rev-fay");
        ReviewService review = reviewAt();
        as("rev-eve", () -> review.answer(content.cards().get(0).id(), Rating.GOOD));
        assertThat(as("rev-fay", () -> review.next()).orElseThrow().card()).isEqualTo(content.cards().get(0));
        assertThat(as("rev-fay", () -> review.undoLastAnswer())).isEmpty();
        assertThatThrownBy(() -> as("rev-fay", () -> review.answer("no-such-card", Rating.GOOD)))
                .hasMessage("There is no review card 'no-such-card'.");
        assertThatThrownBy(secured::next).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void learner(String username) {
        accounts.signUp(username, username, "lantern over the harbour");
    }
}
