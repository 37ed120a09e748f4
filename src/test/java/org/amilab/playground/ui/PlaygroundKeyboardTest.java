package org.amilab.playground.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.amilab.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * A learner who uses no mouse: after signing in, every step is a key press, and focus is found by
 * tabbing, as a keyboard user finds it. Fails if a control cannot be reached or used from the keyboard.
 */
class PlaygroundKeyboardTest extends BrowserTest {

    private static final String PASSWORD = "quiet keys on a long desk";
    private static final int MAX_TABS = 120;

    /** True when the focused element, followed down through shadow roots, is or sits inside {@code selector}. */
    private static final String FOCUS_IN = """
            selector => {
              let e = document.activeElement;
              while (e) {
                if (e.closest && e.closest(selector)) return true;
                e = e.shadowRoot ? e.shadowRoot.activeElement : null;
              }
              return false;
            }""";

    @Test
    void launchRunStopAndInspectAnInstanceWithTheKeyboardOnly() {
        signInAsNewLearner(page, "keys", "Keys", PASSWORD);
        page.navigate(url("playground?region=us-east-1"));
        assertThat(page.locator("#playground-tabs")).isVisible();

        tabTo("#playground-tabs vaadin-tab[selected]");
        assertThat(page.locator("#playground-tabs-launch-tab")).hasAttribute("selected", "");
        assertThat(page.locator("#ami-grid")).isVisible();

        tabTo("#ami-grid");
        tabTo("[part~='body-cell']");
        page.keyboard().press("Space");
        assertThat(page.locator("#ami-details h3")).isVisible();
        tabTo("#launch-selected");
        page.keyboard().press("Enter");

        tabTo("#launch-name");
        page.keyboard().type("kb-web");
        tabTo("#add-ebs-volume");
        page.keyboard().press("Enter");
        assertThat(page.locator(".extra-volume")).hasCount(1);
        assertThat(seriousAccessibilityViolations(page)).as("launch wizard with an extra volume").isEmpty();
        tabTo("#launch-submit");
        page.keyboard().press("Enter");
        assertThat(page.locator("#launch-wizard")).hasCount(0);

        Locator nameCell = page.locator("#instances vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("kb-web").setVisible(true));
        assertThat(nameCell).hasCount(1);
        tabTo("#advance-1h");
        page.keyboard().press("Enter");
        assertThat(page.locator("#instances .state-badge").first()).hasText("running (16)");

        // A grid is entered cell by cell; Enter reaches the controls inside a cell, Escape leaves them.
        tabTo("#instances");
        tabTo("[part~='body-cell']");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Enter");
        assertThat(focusIsIn("#instances vaadin-checkbox.instance-select")).as("the row's checkbox has focus").isTrue();
        page.keyboard().press("Space");
        page.keyboard().press("Escape");
        tabTo("#action-stop");
        page.keyboard().press("Enter");
        assertThat(page.locator("#instances .state-badge").first()).hasText("stopping (64)");

        tabTo("#action-details");
        page.keyboard().press("Enter");
        assertThat(page.locator("#instance-now")).containsText("stopping");
        // the dialog takes the focus once it has opened, as a person sees before pressing Escape
        page.waitForFunction(FOCUS_IN, "vaadin-dialog-overlay");
        page.keyboard().press("Escape");
        assertThat(page.locator("#instance-now")).hasCount(0);
    }

    /** Presses Tab until focus reaches {@code selector}, as a keyboard user would. */
    private void tabTo(String selector) {
        for (int presses = 0; presses < MAX_TABS; presses++) {
            if (focusIsIn(selector)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        assertThat(focusIsIn(selector)).as("Tab reaches " + selector + " within " + MAX_TABS + " presses").isTrue();
    }

    private boolean focusIsIn(String selector) {
        return Boolean.TRUE.equals(page.evaluate(FOCUS_IN, selector));
    }
}
