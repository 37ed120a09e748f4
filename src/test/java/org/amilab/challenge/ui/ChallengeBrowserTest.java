package org.amilab.challenge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.amilab.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * A learner opens a lesson's challenge, does its steps in the challenge's own playground and watches
 * them tick without reloading, finishes it, finds it on the challenges page, and restarts and leaves it.
 */
class ChallengeBrowserTest extends BrowserTest {

    private static final String CHALLENGE = "instance-store-vs-ebs";

    @Test
    void completeAChallengeWatchingItsStepsTickThenRestartAndLeaveIt() {
        signInAsNewLearner(page, "chal-b", "Chandra", "lantern over the harbour");
        page.navigate(url("lessons/" + CHALLENGE));
        page.locator("#take-challenge").click();
        page.waitForURL("**/challenges/" + CHALLENGE);
        assertThat(page.locator(".challenge-preview li")).hasCount(4);
        assertThat(seriousAccessibilityViolations(page)).as("challenge introduction").isEmpty();

        page.locator("#start-challenge").click();
        assertThat(page.locator("#playground-name")).containsText("Challenge: Two roots, two sets of rules");
        assertThat(step(0)).hasAttribute("data-state", "current");
        assertThat(step(1)).hasAttribute("data-state", "later");
        assertThat(page.locator("#instances .state-badge")).hasCount(1);
        assertThat(page.locator("#instances .state-badge").first()).hasText("running (16)");
        page.locator("#show-hint").click();
        assertThat(page.locator(".step-hints li")).hasCount(1);
        assertThat(page.locator("#show-hint")).containsText("2 left");
        assertThat(seriousAccessibilityViolations(page)).as("challenge in progress").isEmpty();

        page.locator("#source-community").click();
        page.locator("#ami-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("amzn-ami-pv").setVisible(true)).first().click();
        page.locator("#launch-selected").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Launch").setExact(true)).click();
        assertThat(page.locator("#instances .state-badge")).hasCount(2);
        assertThat(step(0)).hasAttribute("data-state", "current");
        page.locator("#advance-1h").click();
        assertThat(step(0)).hasAttribute("data-state", "done");
        assertThat(page.locator("#challenge-announcement")).containsText("Step 1 of 4 done");

        page.locator("#learning-mode").click();
        select(1);
        page.locator("#action-stop").click();
        assertThat(page.locator("#ec2-error")).containsText("UnsupportedOperation");
        assertThat(step(1)).hasAttribute("data-state", "done");

        select(1);
        select(0);
        page.locator("#action-stop").click();
        page.locator("#advance-1h").click();
        assertThat(page.locator("#instances .state-badge").first()).hasText("stopped (80)");
        page.locator("#action-change-type").click();
        page.getByLabel("New instance type").click();
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("t3.medium")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change type").setExact(true)).last().click();
        assertThat(step(2)).hasAttribute("data-state", "done");

        select(0);
        select(1);
        page.locator("#action-terminate").click();
        page.locator("vaadin-button[slot='confirm-button']").click();
        page.locator("#advance-1h").click();
        assertThat(step(3)).hasAttribute("data-state", "done");
        assertThat(page.locator("#challenge-finished")).containsText("Challenge complete");
        assertThat(page.locator("#challenge-announcement")).containsText("challenge complete");
        assertThat(seriousAccessibilityViolations(page)).as("challenge complete").isEmpty();

        page.locator("#playground-switch").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Free playground")).click();
        page.waitForURL("**/playground");
        assertThat(page.locator("#playground-name")).containsText("Your free playground");
        assertThat(page.locator("#instances .state-badge")).hasCount(0);
        page.locator("#playground-switch").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Challenge: Two roots, two sets of rules")).click();
        page.waitForURL("**/challenges/" + CHALLENGE);
        assertThat(step(3)).hasAttribute("data-state", "done");

        page.locator("#restart-challenge").click();
        page.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(step(0)).hasAttribute("data-state", "current");
        assertThat(page.locator("#instances .state-badge")).hasCount(1);
        page.locator("#leave-challenge").click();
        page.locator("vaadin-button[slot='confirm-button']").click();
        page.waitForURL("**/challenges");

        Locator item = page.locator(".challenge-list li[data-challenge='" + CHALLENGE + "']");
        assertThat(item).containsText("Completed");
        assertThat(item).containsText("1 hint");
        assertThat(seriousAccessibilityViolations(page)).as("challenges").isEmpty();
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Playground")).click();
        page.waitForURL("**/playground");
        assertThat(page.locator("#playground-switch")).isHidden();
        page.navigate(url("progress"));
        assertThat(page.locator(".mastery-list li[data-lesson='" + CHALLENGE + "']")).containsText("challenge completed");
    }

    private Locator step(int index) {
        return page.locator("#challenge-steps .challenge-step").nth(index);
    }

    private void select(int row) {
        page.locator("#instances vaadin-checkbox.instance-select").nth(row).click();
    }
}
