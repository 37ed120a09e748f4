package org.amilab.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amilab.AmiLabSpringTest;
import org.amilab.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every view, in Chromium, with the Content-Security-Policy the server sends: Vaadin's production
 * bundle, the cost chart, dialogs and push must all work without one violation being reported.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    private static final String PASSWORD = "lantern above the harbour gate";
    private static final String EBS_AMI = "ami-0a4c123b1612dd272";

    private final List<String> violations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listenForViolations() {
        // the event carries the directive; Chromium's console line is the second witness
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile));");
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().startsWith("CSP violation")) {
                violations.add(page.url() + ": " + message.text());
            }
        });
    }

    @Test
    void theAnonymousPagesRunUnderThePolicy() {
        Response home = page.navigate(url(""));
        assertThat(home.headerValue("content-security-policy")).contains("default-src 'self'")
                .contains("object-src 'none'").contains("frame-ancestors 'none'");
        assertThat(page.locator("vaadin-app-layout")).isVisible();
        visit("lessons", page.locator("#outline"));
        visit("lessons/instance-store-vs-ebs", page.locator("h1").first());
        visit("signup", page.getByLabel("Username"));
        visit("login", page.locator("vaadin-login-form"));

        assertThat(violations).isEmpty();
    }

    @Test
    void theLearnersPagesRunUnderThePolicy() {
        signInAsNewLearner(page, "csp", "Policy Learner", PASSWORD);
        visit("profile", page.getByLabel("Display name"));
        visit("no-such-page", page.locator("#not-found"));

        page.navigate(url("playground?region=us-east-1&ami=" + EBS_AMI));
        assertThat(page.locator("#ami-details h3")).isVisible();
        page.locator("#launch-selected").click();
        assertThat(page.getByLabel("Root volume size (GiB)")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Launch").setExact(true)).click();
        assertThat(page.locator("#launch-wizard")).hasCount(0);
        page.locator("#advance-1h").click();
        assertThat(page.locator("#instances .state-badge").first()).hasText("running (16)");
        page.locator("#instances vaadin-checkbox.instance-select").first().click();
        page.locator("#action-details").click();
        assertThat(page.locator("#instance-cost-chart canvas")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Costs")).click();
        assertThat(page.locator("#playground-cost-chart canvas")).isVisible();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Events")).click();
        assertThat(page.locator("#events vaadin-grid-cell-content").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("i-")).first()).isVisible();

        assertThat(violations).isEmpty();
    }

    @Test
    void theAdminPageRunsUnderThePolicy() {
        signIn(page, url(""), "admin", AmiLabSpringTest.ADMIN_PASSWORD);
        visit("admin", page.locator("#users"));

        assertThat(violations).isEmpty();
    }

    @Test
    void aViolationWouldBeSeen() {
        // the listener itself is tested: an image from another origin is refused by img-src
        page.navigate(url("login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.evaluate("() => { const img = document.createElement('img');"
                + " img.src = 'https://example.invalid/pixel.png'; document.body.appendChild(img); }");
        page.waitForCondition(() -> !violations.isEmpty());

        assertThat(violations).anySatisfy(line -> assertThat(line).contains("img-src"));
    }

    private void visit(String path, com.microsoft.playwright.Locator shown) {
        page.navigate(url(path));
        assertThat(shown).isVisible();
    }
}
