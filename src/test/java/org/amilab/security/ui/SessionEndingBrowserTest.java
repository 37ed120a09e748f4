package org.amilab.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.amilab.AmiLabSpringTest;
import org.amilab.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A learner signed in on two machines; what ends the session on the other one, and what does not. */
class SessionEndingBrowserTest extends BrowserTest {

    private static final String PASSWORD = "copper kettle on a cold morning";
    private static final String NEW_PASSWORD = "willow branches over the canal";

    private BrowserContext otherMachine;
    private Page other;
    private String learner;

    @BeforeEach
    void signInOnTwoMachines() {
        learner = signInAsNewLearner(page, "twice", "Two Machines", PASSWORD);
        otherMachine = newContext();
        other = otherMachine.newPage();
        signIn(other, url(""), learner, PASSWORD);
    }

    @AfterEach
    void closeOtherMachine() {
        otherMachine.close();
    }

    @Test
    void changingThePasswordSignsOutTheOtherMachineButNotThisOne() {
        page.navigate(url("profile"));
        page.getByLabel("Current password").fill(PASSWORD);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
        page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(page.locator("vaadin-notification-card").last())
                .containsText("Your other sessions are signed out");

        assertSignedOut(other);
        page.reload();
        assertThat(page.locator("#user-menu")).containsText("Two Machines");
        signIn(other, url(""), learner, NEW_PASSWORD);
    }

    @Test
    void anAdminSignsALearnerOutEverywhere() {
        Page admin = newPageInOwnSession();
        signIn(admin, url(""), "admin", AmiLabSpringTest.ADMIN_PASSWORD);
        admin.navigate(url("admin"));
        AdminBrowserTest.findUser(admin, learner);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out " + learner + " everywhere"))
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true)).click();
        assertThat(admin.locator("vaadin-notification-card").last()).containsText("2 sessions of " + learner + " ended");

        assertSignedOut(page);
        assertSignedOut(other);
        admin.reload();
        assertThat(admin.locator("#users")).isVisible();
        signIn(other, url(""), learner, PASSWORD);
        admin.context().close();
    }

    private void assertSignedOut(Page machine) {
        machine.navigate(url("profile"));
        machine.waitForURL("**/login");
        assertThat(machine.locator("#user-menu")).hasCount(0);
    }
}
