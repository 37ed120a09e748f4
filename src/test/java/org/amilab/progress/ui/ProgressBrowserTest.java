package org.amilab.progress.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.amilab.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * A learner reads a lesson and sees it on the progress page and in the course outline, and the
 * home page says where to continue.
 */
class ProgressBrowserTest extends BrowserTest {

    @Test
    void aLessonReadShowsOnTheProgressPageAndTheNextStepLeadsOn() {
        signInAsNewLearner(page, "prog-b", "Pia", "lantern over the harbour");
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Progress")).click();
        page.waitForURL("**/progress");
        assertThat(page.locator("#progress-totals")).containsText("0 of 9 lessons read");
        assertThat(page.locator(".mastery-list li[data-lesson='what-is-an-ami'] .mastery-level")).hasText("Not started");
        assertThat(seriousAccessibilityViolations(page)).as("progress page").isEmpty();

        page.locator("#next-step a").click();
        page.waitForURL("**/lessons/what-is-an-ami");
        page.locator("#mark-done").click();
        assertThat(page.locator("#mark-done")).containsText("Done");

        page.navigate(url("progress"));
        assertThat(page.locator("#progress-totals")).containsText("1 of 9 lessons read");
        assertThat(page.locator(".mastery-list li[data-lesson='what-is-an-ami'] .mastery-level")).hasText("Attempted");
        assertThat(page.locator(".mastery-list li[data-lesson='what-is-an-ami'] .mastery-facts"))
                .containsText("Read · quiz not taken");
        assertThat(page.locator("#next-step a")).hasText("Read the next lesson: Why use AMIs?");

        page.navigate(url("lessons"));
        Locator read = page.locator(".lesson-item").filter(new Locator.FilterOptions().setHas(
                page.locator("a[href='lessons/what-is-an-ami']")));
        assertThat(read.locator(".level-mark")).hasText("Level: Attempted");
        assertThat(page.locator(".level-mark")).hasCount(1);
        page.navigate(url(""));
        assertThat(page.locator("#continue a")).hasText("Read the next lesson: Why use AMIs?");
        page.locator("#continue a").click();
        page.waitForURL("**/lessons/why-amis");
    }
}
