package org.amilab.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.amilab.AmiLabSpringTest;
import org.amilab.BrowserTest;
import org.junit.jupiter.api.Test;

class AdminBrowserTest extends BrowserTest {

    private static final String PASSWORD = "quiet meadow with tall grass";

    @Test
    void theAdminChangesARoleAndDisablesALearnerWhoseSessionEnds() {
        String learner = uniqueName("managed");
        signUp(page, url(""), learner, "Managed Learner", PASSWORD);
        Page learnerPage = newPageInOwnSession();
        signIn(learnerPage, url(""), learner, PASSWORD);

        signIn(page, url(""), "admin", AmiLabSpringTest.ADMIN_PASSWORD);
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Users")).click();
        findUser(page, learner);
        var row = page.locator("#users vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(learner));
        assertThat(row.first()).isVisible();

        page.getByLabel("Role of " + learner).filter(new Locator.FilterOptions().setVisible(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Instructor")).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("is now instructor");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable " + learner)).filter(new Locator.FilterOptions().setVisible(true)).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("disabled and signed out");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enable " + learner)))
                .isVisible();

        learnerPage.reload();
        assertThat(learnerPage.locator("#user-menu")).hasCount(0);
        learnerPage.navigate(url("profile"));
        learnerPage.waitForURL("**/login");
        learnerPage.locator("vaadin-login-form input[name='username']").fill(learner);
        learnerPage.locator("vaadin-login-form input[name='password']").fill(PASSWORD);
        learnerPage.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        assertThat(learnerPage.locator("vaadin-login-form")).containsText("Account disabled");
        learnerPage.context().close();
    }

    @Test
    void theAdminCannotDisableTheirOwnAccount() {
        signIn(page, url(""), "admin", AmiLabSpringTest.ADMIN_PASSWORD);
        page.navigate(url("admin"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable admin")).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("cannot disable your own account");
    }

    /** Narrows the Users grid to one person and waits until it shows only them, as the filter runs after a pause. */
    static void findUser(Page admin, String username) {
        admin.getByLabel("Find a user").fill(username);
        assertThat(admin.locator("#users vaadin-grid-cell-content").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^admin$"))))
                .hasCount(0);
    }
}
