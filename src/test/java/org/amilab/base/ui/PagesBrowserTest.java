package org.amilab.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.amilab.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class PagesBrowserTest extends BrowserTest {

    @Test
    void theHomePageSaysWhatAmiLabTeachesAndHowToStart() {
        page.navigate(url(""));
        assertThat(page.locator("h1")).containsText("Amazon Machine Images");
        assertThat(page.getByText("How to start")).isVisible();
        assertThat(page.locator("a.sign-in-link")).isVisible();
    }

    @Test
    void anUnknownAddressShowsAFriendlyPageWithTheWayHome() {
        signInAsNewLearner(page, "lost", "Lost Learner", "amber window seat reading");
        page.navigate(url("no-such-page"));
        assertThat(page.locator("#not-found")).containsText("This page is not here");
        page.getByText("Go to the home page").click();
        assertThat(page.locator("h1")).containsText("Amazon Machine Images");
    }

    @Test
    void everyNavigationEntryDrawsItsIcon() {
        signInAsNewLearner(page, "iconic", "Iconic Learner", "amber window seat reading");
        var items = page.locator("vaadin-side-nav-item");
        assertThat(items.first()).isVisible();
        // an icon name the icon set lacks renders an empty svg, and Vaadin says nothing about it
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-side-nav-item vaadin-icon')]"
                + ".every(icon => icon.shadowRoot && icon.shadowRoot.querySelector('#svg-group *'))");
        assertThat(page.locator("vaadin-side-nav-item vaadin-icon")).hasCount(items.count());
    }

    @Test
    void aVisitorOpeningAnAddressThatNeedsAnAccountIsAskedToSignIn() {
        page.navigate(url("no-such-page"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void aLearnerRefusedTheAdminPageIsLoggedWithTheirName(CapturedOutput output) {
        String learner = signInAsNewLearner(page, "curious", "Curious Learner", "amber window seat reading");
        page.navigate(url("admin"));
        assertThat(page.locator("#not-found")).isVisible();
        assertThat(output.getOut()).contains("page refused or missing: 'admin' for " + learner);
    }

    @Test
    void anErrorShowsAReferenceThatIsAlsoLogged(CapturedOutput output) {
        page.navigate(url(FailingTestView.ROUTE));
        var reference = page.locator("#error-reference");
        assertThat(reference).hasText(java.util.regex.Pattern.compile("[0-9A-F]{8}"));
        assertThat(output.getOut()).contains("reference " + reference.textContent());
    }

    @Test
    void theLayoutIsUsableAtPhoneWidth() {
        page.setViewportSize(375, 740);
        page.navigate(url(""));
        assertThat(page.locator("vaadin-drawer-toggle")).isVisible();
        page.locator("vaadin-drawer-toggle").click();
        assertThat(page.locator("vaadin-side-nav-item").first()).isVisible();
        double width = ((Number) page.evaluate("document.documentElement.scrollWidth")).doubleValue();
        assertThat(width).isLessThanOrEqualTo(375);
        screenshot("home-375");
    }

    @Test
    void theMainPagesHaveNoSeriousAccessibilityViolations() {
        for (String path : new String[] {"", "login", "signup"}) {
            page.navigate(url(path));
            page.locator("h1").first().waitFor();
            assertThat(seriousAccessibilityViolations(page)).as("axe on /" + path).isEmpty();
        }
        signInAsNewLearner(page, "axe", "Axe Learner", "violet paper lantern glow");
        for (String path : new String[] {"", "profile", "no-such-page"}) {
            page.navigate(url(path));
            page.locator("h1").first().waitFor();
            assertThat(seriousAccessibilityViolations(page)).as("axe on /" + path + " signed in").isEmpty();
        }
        page.locator("#theme-switch").click();
        assertThat(seriousAccessibilityViolations(page)).as("axe in dark theme").isEmpty();
    }

    @Test
    void theAdminPageHasNoSeriousAccessibilityViolations() {
        signIn(page, url(""), "admin", org.amilab.AmiLabSpringTest.ADMIN_PASSWORD);
        page.navigate(url("admin"));
        page.locator("#users").waitFor();
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
    }
}
