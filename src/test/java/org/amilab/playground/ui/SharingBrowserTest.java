package org.amilab.playground.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.amilab.AmiLabSpringTest;
import org.amilab.BrowserTest;
import org.junit.jupiter.api.Test;

/** Two learners and an admin, each in a browser of their own: an AMI shared by account id, made public, taken down. */
class SharingBrowserTest extends BrowserTest {

    private static final String EBS_AMI = "ami-0a4c123b1612dd272";
    private static final String PASSWORD = "harbour lights at dusk";

    @Test
    void anAmiSharedWithAClassmatesAccountIdIsLaunchedThereThenMadePublicAndTakenDown() {
        Page admin = newPageInOwnSession();
        signIn(admin, url(""), "admin", AmiLabSpringTest.ADMIN_PASSWORD);
        Page friend = newPageInOwnSession();
        signInAsNewLearner(friend, "share-to", "Receiving Learner", PASSWORD);
        friend.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Profile")).click();
        String friendsAccount = friend.locator("#aws-account-id").textContent().strip();
        assertThat(friendsAccount).matches("\\d{12}");
        assertThat(seriousAccessibilityViolations(friend)).as("profile").isEmpty();

        signInAsNewLearner(page, "share-from", "Sharing Learner", PASSWORD);
        page.navigate(url("playground?region=us-east-1&ami=" + EBS_AMI));
        page.locator("#launch-selected").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Launch").setExact(true)).click();
        page.locator("#advance-1h").click();
        page.locator("#instances vaadin-checkbox.instance-select").first().click();
        page.locator("#action-create-image").click();
        page.getByLabel("Image name").fill("team golden");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create image").setExact(true)).last().click();
        page.locator("#advance-1h").click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Launch")).click();
        page.locator("#source-my-amis").click();
        amiCell(page, "team golden").click();
        assertThat(page.locator("#launch-permission-status")).containsText("Private");

        page.locator("#share-account-id input").fill("1234-5678");
        page.locator("#share-image").click();
        assertThat(page.locator("#share-account-id")).hasAttribute("invalid", "");
        assertThat(page.locator("#share-account-id")).containsText("InvalidAMIAttributeItemValue");
        page.locator("#share-account-id input").fill(friendsAccount);
        page.locator("#share-image").click();
        assertThat(page.locator("#launch-permission-status")).containsText("Shared");
        assertThat(page.locator("#shared-with")).containsText("Account " + friendsAccount);
        assertThat(seriousAccessibilityViolations(page)).as("launch permissions").isEmpty();

        friend.navigate(url("playground?region=us-east-1"));
        friend.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Launch")).click();
        friend.locator("#source-my-amis").click();
        amiCell(friend, "team golden").click();
        assertThat(friend.locator("#shared-by")).containsText("Shared with you by AWS account");
        assertThat(friend.locator("#deregister-image")).hasCount(0);
        friend.locator("#launch-selected").click();
        friend.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Launch").setExact(true)).click();
        assertThat(friend.locator("#instances .state-badge").filter(new Locator.FilterOptions().setVisible(true)))
                .hasCount(1);

        assertThat(page.locator("#make-public")).isDisabled();
        page.getByLabel("Block public access for AMIs in us-east-1").uncheck();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Block public access for AMIs is off");
        page.locator("#make-public").click();
        page.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator("#launch-permission-status")).containsText("Public");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop sharing with " + friendsAccount)).click();
        assertThat(page.locator("#shared-with")).not().containsText(friendsAccount);

        friend.locator("#source-community").click();
        assertThat(friend.locator("#community-warning")).isVisible();
        assertThat(amiCell(friend, "team golden")).hasCount(1);

        admin.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Public AMIs")).click();
        admin.waitForURL("**/admin/public-amis");
        var row = admin.locator("#public-amis vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("team golden").setVisible(true));
        assertThat(row).hasCount(1);
        assertThat(seriousAccessibilityViolations(admin)).as("public AMIs").isEmpty();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take down ").setExact(false)).first().click();
        admin.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(admin.locator("#public-amis")).containsText("Taken down");

        assertThat(amiCell(friend, "team golden")).hasCount(0);
        page.reload();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Launch")).click();
        page.locator("#source-my-amis").click();
        amiCell(page, "team golden").click();
        assertThat(page.locator("#taken-down")).containsText("An admin took this AMI out of Community AMIs");
    }

    private static Locator amiCell(Page on, String text) {
        return on.locator("#ami-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
    }
}
