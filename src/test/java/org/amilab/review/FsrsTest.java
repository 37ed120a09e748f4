package org.amilab.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FSRS-6's rules in words a learner would recognise; the exact figures are checked by the vectors. */
class FsrsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private final Fsrs fsrs = new Fsrs(FsrsParameters.DEFAULTS);

    @Test
    void aNewCardWalksThroughTheLearningStepsBeforeItIsDueInDays() {
        CardSchedule card = CardSchedule.fresh(NOW);

        CardSchedule good = fsrs.review(card, Rating.GOOD, NOW);
        assertThat(good.state()).isEqualTo(ReviewState.LEARNING);
        assertThat(good.due()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(fsrs.review(card, Rating.AGAIN, NOW).due()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(fsrs.review(card, Rating.HARD, NOW).due()).as("half-way between the two steps")
                .isEqualTo(NOW.plusSeconds(330));

        CardSchedule learned = fsrs.review(good, Rating.GOOD, NOW.plus(Duration.ofMinutes(10)));
        assertThat(learned.state()).isEqualTo(ReviewState.REVIEW);
        assertThat(learned.step()).isEmpty();
        assertThat(Duration.between(learned.lastReview().orElseThrow(), learned.due()).toDays()).isPositive();
    }

    @Test
    void atNinetyPercentRetentionTheIntervalIsTheStabilityInWholeDays() {
        CardSchedule easy = fsrs.review(CardSchedule.fresh(NOW), Rating.EASY, NOW);
        assertThat(easy.memory().orElseThrow().stability()).isEqualTo(8.2956);
        assertThat(easy.due()).isEqualTo(NOW.plus(Duration.ofDays(8)));
        assertThat(fsrs.retrievability(easy, NOW.plus(Duration.ofDays(8)))).isBetween(0.89, 0.91);
    }

    @Test
    void forgettingAReviewedCardSendsItToRelearningWithLowerStability() {
        CardSchedule easy = fsrs.review(CardSchedule.fresh(NOW), Rating.EASY, NOW);
        CardSchedule forgotten = fsrs.review(easy, Rating.AGAIN, easy.due());
        assertThat(forgotten.state()).isEqualTo(ReviewState.RELEARNING);
        assertThat(forgotten.due()).isEqualTo(easy.due().plus(Duration.ofMinutes(10)));
        assertThat(forgotten.memory().orElseThrow().stability()).isLessThan(easy.memory().orElseThrow().stability());
        assertThat(forgotten.memory().orElseThrow().difficulty()).isGreaterThan(easy.memory().orElseThrow().difficulty());
    }

    @Test
    void theButtonsPromiseLongerWaitsForEasierAnswers() {
        CardSchedule card = fsrs.review(CardSchedule.fresh(NOW), Rating.EASY, NOW);
        Instant later = card.due();
        var due = fsrs.nextDue(card, later);
        assertThat(List.of(due.get(Rating.AGAIN), due.get(Rating.HARD), due.get(Rating.GOOD), due.get(Rating.EASY)))
                .isSorted();
        assertThat(due.get(Rating.HARD)).isBefore(due.get(Rating.EASY));
    }

    @Test
    void weightsOutsideTheirRangeAreRefusedByName() {
        var weights = new ArrayList<>(FsrsParameters.DEFAULTS.weights());
        weights.set(4, 11.0);
        assertThatThrownBy(() -> new FsrsParameters(weights, 0.9, List.of(), List.of(), 365))
                .hasMessageContaining("w4 = 11.0 is outside 1.0 to 10.0");
        assertThatThrownBy(() -> Rating.ofGrade(5)).hasMessage("A rating is 1 (again) to 4 (easy), not 5.");
    }
}
