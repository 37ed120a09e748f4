package org.amilab.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.amilab.BrowserTest;
import org.junit.jupiter.api.Test;

class AccountJourneyBrowserTest extends BrowserTest {

    private static final String PASSWORD = "river stones and maple leaves";

    @Test
    void aLearnerSignsUpSignsInVisitsEveryPageSwitchesThemeAndSignsOut() {
        String username = uniqueName("journey");
        page.navigate(url(""));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create a free account")).click();

        page.getByLabel("Username").fill(username);
        page.getByLabel("Display name").fill("Journey Learner");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("password1");
        assertThat(page.locator("vaadin-password-field").first()).containsText("commonly used");
        signUp(page, url(""), username, "Journey Learner", PASSWORD);

        signIn(page, url(""), username, PASSWORD);
        assertThat(page.locator("#user-menu")).containsText("Journey Learner");

        List<String> navItems = page.locator("vaadin-side-nav-item").allTextContents().stream().map(String::strip).toList();
        assertThat(navItems).contains("Home", "Profile").doesNotContain("Users");
        for (String item : navItems) {
            var navItem = page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(item));
            navItem.click();
            // the old page's heading is still there until the navigation ends: wait for the item to be current
            assertThat(navItem).hasAttribute("current", "");
            assertThat(page.locator("h1")).isVisible();
            assertThat(page.locator("#not-found")).hasCount(0);
            assertThat(page.locator("#error-page")).hasCount(0);
        }

        var body = page.locator("body");
        page.locator("#theme-switch").click();
        assertThat(body).hasAttribute("theme", "dark");
        page.reload();
        assertThat(body).hasAttribute("theme", "dark");
        page.locator("#theme-switch").click();
        assertThat(body).not().hasAttribute("theme", "dark");
        page.reload();
        assertThat(page.locator("#theme-switch")).hasAttribute("aria-label", "Switch to dark theme");
        assertThat(body).not().hasAttribute("theme", "dark");

        signOut(page);
        page.navigate(url("profile"));
        page.waitForURL("**/login");
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsTheSession() {
        String username = uniqueName("fixation");
        signUp(page, url(""), username, "Fixation", PASSWORD);
        page.navigate(url("login"));
        String before = sessionId();
        signIn(page, url(""), username, PASSWORD);
        String during = sessionId();
        assertThat(during).isNotNull().isNotEqualTo(before);
        signOut(page);
        assertThat(sessionId()).isNotEqualTo(during);
    }

    private String sessionId() {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).map(cookie -> cookie.value)
                .findFirst().orElse(null);
    }

    @Test
    void aLearnerOpeningTheAdminPageIsRefused() {
        signInAsNewLearner(page, "nosy", "Nosy Learner", PASSWORD);
        page.navigate(url("admin"));
        assertThat(page.locator("#not-found")).isVisible();
        assertThat(page.locator("#users")).hasCount(0);
    }

    @Test
    void theProfileChangesTheDisplayNameAndThePassword() {
        String username = signInAsNewLearner(page, "profile", "Before Name", PASSWORD);
        page.navigate(url("profile"));
        page.getByLabel("Display name").fill("After Name");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save name")).click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Display name saved");

        page.getByLabel("Current password").fill("a wrong current one");
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("fresh ocean breeze today");
        page.getByLabel("Repeat the new password").fill("fresh ocean breeze today");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(page.locator("vaadin-password-field").first()).containsText("not correct");

        page.getByLabel("Current password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Password changed");

        page.reload();
        assertThat(page.locator("#user-menu")).containsText("After Name");
        signOut(page);
        signIn(page, url(""), username, "fresh ocean breeze today");
    }

    @Test
    void fiveWrongPasswordsMakeTheNextTryFromThatBrowserWait() {
        String username = uniqueName("forgetful");
        signUp(page, url(""), username, "Forgetful", PASSWORD);
        for (int i = 0; i < 5; i++) {
            submitLogin(username, "not my password " + i);
            assertThat(page.locator("vaadin-login-form")).containsText("Incorrect username or password");
        }
        submitLogin(username, PASSWORD);
        assertThat(page.locator("vaadin-login-form")).containsText("Sign-in paused");
        // the wait counts down from a minute: on a slow machine a second may have gone by already
        assertThat(page.locator("vaadin-login-form")).containsText(
                java.util.regex.Pattern.compile("Try again in (1 minute|5\\d seconds)"));
    }

    private void submitLogin(String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL("**/login?error");
    }
}
