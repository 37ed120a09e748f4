package org.amilab.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Duration;
import java.util.List;
import org.amilab.BrowserTest;
import org.amilab.ForwardClock;
import org.amilab.content.ContentService;
import org.amilab.content.ReviewCard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner reviews new cards with the keyboard, sees when each answer brings a card back, undoes
 * one, and later reviews the cards that fell due.
 */
class ReviewBrowserTest extends BrowserTest {

    @Autowired
    ContentService content;
    @Autowired
    ForwardClock clock;

    @Test
    void cardsAnsweredAgainComeBackDueAfterTheirWaitAndAreReviewedWithTheKeyboard() {
        signInAsNewLearner(page, "rev-due", "Dara", "lantern over the harbour");
        List<ReviewCard> cards = content.cards();
        page.navigate(url("review"));
        Locator front = page.locator(".review-front");
        for (int i = 0; i < 2; i++) {
            assertThat(front).hasText(cards.get(i).front());
            page.keyboard().press("Space");
            assertThat(page.locator("#rate-again")).hasText("Again · 1 min");
            page.keyboard().press("1");
        }
        assertThat(page.locator("#review-status")).containsText("0 due now · 18 new left today");

        clock.moveForward(Duration.ofMinutes(2));
        page.navigate(url("progress"));
        assertThat(page.locator("#progress-totals")).containsText("2 review cards due now");
        page.goBack();

        assertThat(page.locator("#review-status")).containsText("2 due now");
        // the longest overdue first
        assertThat(front).hasText(cards.get(0).front());
        page.keyboard().press("Space");
        page.keyboard().press("3");
        assertThat(page.locator("#review-status")).containsText("1 due now");
        assertThat(front).hasText(cards.get(1).front());
        page.keyboard().press("Space");
        page.keyboard().press("3");
        assertThat(page.locator("#review-status")).containsText("0 due now · 18 new left today");
        // then the next new card
        assertThat(front).hasText(cards.get(2).front());
    }

    @Test
    void reviewWithTheKeyboardAndUndo() {
        signInAsNewLearner(page, "rev-b", "Rhea", "lantern over the harbour");
        List<ReviewCard> cards = content.cards();
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Review")).click();
        page.waitForURL("**/review");
        assertThat(page.locator("#review-status")).hasText("0 due now · 20 new left today · " + cards.size()
                + " not met yet");
        Locator front = page.locator(".review-front");
        assertThat(front).hasText(cards.get(0).front());
        assertThat(page.locator("#review-back")).hasCount(0);

        page.keyboard().press("Space");
        assertThat(page.locator("#review-back")).hasText(cards.get(0).back());
        assertThat(page.locator("#rate-again")).hasText("Again · 1 min");
        assertThat(page.locator("#rate-hard")).hasText("Hard · 6 min");
        assertThat(page.locator("#rate-good")).hasText("Good · 10 min");
        assertThat(page.locator("#rate-easy")).hasText("Easy · 8 days");
        assertThat(seriousAccessibilityViolations(page)).as("review with the answer shown").isEmpty();

        page.keyboard().press("4");
        assertThat(front).hasText(cards.get(1).front());
        assertThat(page.locator("#review-status")).hasText("0 due now · 19 new left today · " + (cards.size() - 1)
                + " not met yet");
        assertThat(page.locator("#review-streak")).containsText("Streak: 1 day in a row · 1 answer on 1 day");

        page.locator("#review-undo").click();
        assertThat(front).hasText(cards.get(0).front());
        assertThat(page.locator("#review-status")).hasText("0 due now · 20 new left today · " + cards.size()
                + " not met yet");
        assertThat(page.locator("#review-streak")).containsText("Streak: 0 days");

        page.locator("#show-answer").click();
        page.keyboard().press("1");
        assertThat(front).hasText(cards.get(1).front());
        page.keyboard().press("Space");
        page.keyboard().press("Space");
        // Space on a shown answer is Good
        assertThat(front).hasText(cards.get(2).front());
        assertThat(page.locator("#review-streak")).containsText("2 answers on 1 day");
        assertThat(page.locator(".calendar-day.level-1")).hasCount(1);
        assertThat(seriousAccessibilityViolations(page)).as("review page").isEmpty();
    }
}
