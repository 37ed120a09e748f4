package org.amilab.playground.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.amilab.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlaygroundBrowserTest extends BrowserTest {

    private static final String PASSWORD = "orange kayak on still water";
    private static final String EBS_AMI = "ami-0a4c123b1612dd272";
    private static final String INSTANCE_STORE_AMI = "ami-0b3ce107f80e222f8";

    @BeforeEach
    void signInAsANewLearner() {
        String username = uniqueName("player");
        signUp(page, url(""), username, "Player", PASSWORD);
        signIn(page, url(""), username, PASSWORD);
    }

    @Test
    void anEbsBackedInstanceGoesThroughItsLifecycle() {
        openPlaygroundWith(EBS_AMI);
        launchWith(null);
        assertThat(state(0)).hasText("pending (0)");
        assertThat(page.locator("#instances vaadin-progress-bar")).hasCount(1);
        screenshot("playground-pending");
        advance("1h");
        assertThat(state(0)).hasText("running (16)");

        select(0);
        click("action-details");
        assertThat(page.locator("#instance-now")).containsText("Now running (16)");
        assertThat(page.locator(".instance-lifecycle g.current-state[data-state='running']")).hasCount(1);
        assertThat(page.locator(".instance-lifecycle path.possible[data-action='stop']")).hasCount(1);
        assertThat(page.locator("#instance-history")).containsText("launch");
        screenshot("playground-details");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();
        click("action-stop");
        assertThat(state(0)).hasText("stopping (64)");
        advance("1h");
        assertThat(state(0)).hasText("stopped (80)");

        click("action-change-type");
        page.getByLabel("New instance type").click();
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("t3.medium")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change type").setExact(true)).last().click();
        assertThat(page.locator("#instances vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("t3.medium"))).hasCount(1);

        click("action-start");
        assertThat(state(0)).hasText("pending (0)");
        advance("1h");
        assertThat(state(0)).hasText("running (16)");

        click("action-reboot");
        assertThat(page.locator("vaadin-notification-card").last()).containsText("stays running");
        assertThat(state(0)).hasText("running (16)");
        screenshot("playground-running");

        click("action-terminate");
        page.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(state(0)).hasText("shutting-down (32)");
        advance("1h");
        assertThat(state(0)).hasText("terminated (48)");
    }

    @Test
    void anInstanceStoreRootAbove10GibIsRefusedAnd8GibLaunchesButCannotStop() {
        openPlaygroundWith(INSTANCE_STORE_AMI);
        assertThat(page.locator("#community-warning")).containsText("own risk");
        page.locator("#launch-selected").click();
        var size = page.getByLabel("Root volume size (GiB)");
        assertThat(page.getByText("Instance store root: at least 8 GiB, at most 10 GiB")).isVisible();
        size.fill("11");
        size.press("Tab");
        assertThat(page.locator("#launch-problem")).containsText("10");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Launch").setExact(true)))
                .isDisabled();
        size.fill("8");
        size.press("Tab");
        assertThat(page.locator("#launch-problem")).isHidden();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Launch").setExact(true)).click();
        assertThat(state(0)).hasText("pending (0)");
        advance("1h");
        assertThat(state(0)).hasText("running (16)");

        select(0);
        assertThat(page.locator("#action-stop")).isDisabled();
        page.locator("#learning-mode").click();
        assertThat(page.locator("#action-stop")).isEnabled();
        click("action-stop");
        assertThat(page.locator("#ec2-error")).containsText("UnsupportedOperation");
        assertThat(page.locator("#ec2-error")).containsText("cannot be stopped");
        assertThat(page.locator("#ec2-error a")).hasAttribute("href", "lessons/instance-store-vs-ebs#stopping");
        assertThat(state(0)).hasText("running (16)");
        screenshot("playground-unsupported-operation");
    }

    @Test
    void aStoppedInstanceKeepsCostingForItsVolume() {
        openPlaygroundWith(EBS_AMI);
        launchWith(null);
        advance("1h");
        assertThat(state(0)).hasText("running (16)");
        select(0);
        click("action-stop");
        advance("1h");
        assertThat(state(0)).hasText("stopped (80)");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Costs")).click();
        String before = page.locator("#cost-total").textContent();
        advance("720h");
        assertThat(page.locator("#cost-total")).not().hasText(before);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Volumes")).click();
        assertThat(page.locator("#volumes vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("in-use"))).hasCount(1);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Costs")).click();
        var ebsRow = page.locator("#cost-table tr").filter(new Locator.FilterOptions().setHasText("EBS volumes"));
        assertThat(ebsRow.locator("td").first()).not().hasText("$0.00");
        assertThat(page.locator("#what-if")).containsText("EBS-backed");
        assertThat(page.locator("#what-if")).containsText("(it cannot be stopped)");
        screenshot("playground-costs");
    }

    @Test
    void twoTabsOnOnePlaygroundStayConsistent() {
        openPlaygroundWith(EBS_AMI);
        launchWith(null);
        advance("1h");
        assertThat(state(0)).hasText("running (16)");
        Page second = context.newPage();
        second.navigate(url("playground"));
        assertThat(second.locator("#instances .state-badge").first()).hasText("running (16)");
        select(0);
        click("action-stop");
        assertThat(second.locator("#instances .state-badge").first()).hasText("stopping (64)");
        second.locator("#instances vaadin-checkbox.instance-select").first().click();
        assertThat(second.locator("#action-stop")).isDisabled();
        second.locator("#advance-1h").click();
        assertThat(state(0)).hasText("stopped (80)");
        assertThat(second.locator("#instances .state-badge").first()).hasText("stopped (80)");
    }

    @Test
    void aRunningInstanceIsCapturedAsMyOwnAmiAndLaunchedAgain() {
        openPlaygroundWith(EBS_AMI);
        launchWith(null);
        advance("1h");
        assertThat(state(0)).hasText("running (16)");
        select(0);
        click("action-create-image");
        page.getByLabel("Image name").fill("shop-web golden 1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create image").setExact(true)).last().click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("is pending");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Launch")).click();
        page.locator("#source-my-amis").click();
        var mine = page.locator("#ami-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("shop-web golden 1"));
        assertThat(mine).hasCount(1);
        assertThat(amiCell("pending")).hasCount(1);
        advance("1h");
        assertThat(amiCell("available")).hasCount(1);
        mine.click();
        launchWith(null);
        assertThat(page.locator("#instances .state-badge")).hasCount(2);
    }

    @Test
    void anInstanceStoreInstanceIsBundledIntoMyOwnAmiAndCopiedToAnotherRegion() {
        openPlaygroundWith(INSTANCE_STORE_AMI);
        launchWith(null);
        advance("1h");
        assertThat(state(0)).hasText("running (16)");
        select(0);
        assertThat(page.locator("#action-create-image")).isDisabled();
        click("action-bundle-image");
        page.getByLabel("Image name").fill("legacy-web bundle 1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bundle image").setExact(true)).last().click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("is pending in us-east-1");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Launch")).click();
        page.locator("#source-my-amis").click();
        var mine = page.locator("#ami-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("legacy-web bundle 1"));
        assertThat(mine).hasCount(1);
        assertThat(amiCell("Instance store-backed")).hasCount(1);
        assertThat(amiCell("pending")).hasCount(1);
        mine.click();
        assertThat(page.locator("#copy-image")).isDisabled();
        advance("1h");
        assertThat(amiCell("available")).hasCount(1);
        assertThat(page.locator("#copy-image")).isEnabled();
        screenshot("playground-bundled-ami");

        click("copy-image");
        page.getByLabel("Destination region").click();
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("eu-central-1")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy image").setExact(true)).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("is pending in eu-central-1");

        page.locator("#region").click();
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("eu-central-1")).click();
        assertThat(mine).hasCount(1);
        assertThat(amiCell("pending")).hasCount(1);
        advance("1h");
        assertThat(amiCell("available")).hasCount(1);
        screenshot("playground-copied-ami");
    }

    @Test
    void aLessonLinksIntoThePlaygroundWithItsAmiChosen() {
        page.navigate(url("lessons/instance-store-vs-ebs"));
        page.locator("#try-in-playground").click();
        page.waitForURL("**/playground?**");
        assertThat(page.locator("#ami-details h3")).containsText("amzn-ami-pv-2018.03");
        assertThat(page.locator("#community-warning")).isVisible();
    }

    @Test
    void thePlaygroundPassesAxeAndWorksAtPhoneWidth() {
        openPlaygroundWith(EBS_AMI);
        launchWith(null);
        assertThat(seriousAccessibilityViolations(page)).as("instances").isEmpty();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Launch")).click();
        assertThat(seriousAccessibilityViolations(page)).as("catalog").isEmpty();
        page.setViewportSize(375, 740);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Instances")).click();
        assertThat(page.locator("#action-terminate")).isVisible();
        double width = ((Number) page.evaluate("document.documentElement.scrollWidth")).doubleValue();
        assertThat(width).as("no sideways scrolling of the page").isLessThanOrEqualTo(375);
        screenshot("playground-375");
    }

    private void openPlaygroundWith(String ami) {
        page.navigate(url("playground?region=us-east-1&ami=" + ami));
        assertThat(page.locator("#ami-details h3")).isVisible();
    }

    private void launchWith(String rootSize) {
        page.locator("#launch-selected").click();
        if (rootSize != null) {
            page.getByLabel("Root volume size (GiB)").fill(rootSize);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Launch").setExact(true)).click();
        assertThat(page.locator("#launch-wizard")).hasCount(0);
    }

    private Locator amiCell(String text) {
        return page.locator("#ami-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
    }

    private Locator state(int row) {
        return page.locator("#instances .state-badge").nth(row);
    }

    private void select(int row) {
        page.locator("#instances vaadin-checkbox.instance-select").nth(row).click();
    }

    private void click(String id) {
        page.locator("#" + id).click();
    }

    private void advance(String hours) {
        page.locator("#advance-" + hours).click();
    }
}
