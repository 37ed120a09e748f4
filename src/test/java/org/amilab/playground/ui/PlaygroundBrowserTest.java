package org.amilab.playground.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.amilab.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlaygroundBrowserTest extends BrowserTest {

    private static final String PASSWORD = "orange kayak on still water";
    private static final String EBS_AMI = "ami-0a4c123b1612dd272";
    private static final String INSTANCE_STORE_AMI = "ami-0b3ce107f80e222f8";
    private static final String EU_WEST_1_EBS_AMI = "ami-0b3216fdaeeb97572";
    /** PlaygroundService.COST_POINTS, which is package-private to the service's package. */
    private static final int COST_POINTS = 48;

    @BeforeEach
    void signInAsANewLearner() {
        signInAsNewLearner(page, "player", "Player", PASSWORD);
    }

    @Test
    void anEbsBackedInstanceGoesThroughItsLifecycle() {
        openPlaygroundWith(EBS_AMI);
        assertThat(page.locator("#playground-name")).containsText("Your free playground");
        assertThat(page.locator("#playground-name")).containsText(java.util.regex.Pattern.compile("EC2 account \\d{12}"));
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
        click("action-details");
        assertThat(page.locator("#instance-state-reason")).containsText("Client.UserInitiatedShutdown: User initiated shutdown");
        assertThat(page.locator("#instance-state-reason")).containsText("User initiated (");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();

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
    void theEventTimelinePagesBackToTheFirstLine() {
        openPlaygroundWith(EBS_AMI);
        page.locator("#launch-selected").click();
        page.getByLabel("Number of instances").fill("20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Launch").setExact(true)).click();
        assertThat(page.locator("#launch-wizard")).hasCount(0);
        advance("1h");
        // 20 launches, the step, 20 boots and 12 pauses and resumes: 53 lines, more than the 50 shown
        for (int i = 0; i < 12; i++) {
            click("clock-pause");
        }
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Events")).click();
        var numbers = page.locator("#events vaadin-grid-cell-content");
        assertThat(page.locator("#earlier-events")).isVisible();
        assertThat(numbers.filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^1$"))))
                .hasCount(0);

        page.locator("#earlier-events").click();

        assertThat(numbers.filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^1$"))))
                .hasCount(1);
        assertThat(page.locator("#earlier-events")).isHidden();
    }

    @Test
    void at1280PxEveryColumnOfARunningInstanceIsShownWhole() {
        openPlaygroundWith(EBS_AMI);
        launchWith(null);
        advance("1h");
        assertThat(state(0)).hasText("running (16)");
        assertThat(page.locator("#instances vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("Cost so far"))).isVisible();

        Object cut = page.evaluate("() => { const grid = document.querySelector('#instances').getBoundingClientRect();"
                + " return [...document.querySelectorAll('#instances vaadin-grid-cell-content')]"
                + ".filter(c => c.offsetParent !== null && c.textContent.trim() !== '')"
                + ".filter(c => c.scrollWidth > c.clientWidth + 1 || c.getBoundingClientRect().right > grid.right + 1)"
                + ".map(c => c.textContent.trim()); }");
        assertThat((java.util.List<?>) cut).as("cut short or outside the grid").isEmpty();
        screenshot("playground-1280");
    }

    @Test
    void terminationProtectionTurnedOnAtLaunchCanBeTurnedOffInTheDetails() {
        openPlaygroundWith(EBS_AMI);
        page.locator("#launch-selected").click();
        page.getByLabel("Termination protection").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Launch").setExact(true)).click();
        assertThat(page.locator("#launch-wizard")).hasCount(0);
        advance("1h");
        assertThat(state(0)).hasText("running (16)");
        select(0);
        assertThat(page.locator("#action-terminate")).isDisabled();
        assertThat((String) page.locator("#action-terminate vaadin-tooltip").evaluate("tooltip => tooltip.text"))
                .contains("Termination protection is on").endsWith("(EC2 would answer OperationNotPermitted.)");

        click("action-details");
        var protection = page.locator("#termination-protection");
        assertThat(protection).hasAttribute("checked", "");
        protection.click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Termination protection is off");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();

        assertThat(page.locator("#action-terminate")).isEnabled();
        click("action-terminate");
        page.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(state(0)).hasText("shutting-down (32)");
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
        size.fill("");
        size.pressSequentially("1e20");
        size.press("Tab");
        assertThat(page.getByText("“1e20” is not a whole number. Enter a whole number of GiB from 8 to 10."))
                .isVisible();
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

        // the refusal reaches the course outline once its action is committed and heard
        var met = page.locator("#refusals-met li").filter(new Locator.FilterOptions().setHasText("UnsupportedOperation"));
        for (int look = 0; look < 20 && met.count() == 0; look++) {
            page.navigate(url("lessons"));
            page.waitForTimeout(look == 0 ? 0 : 250);
        }
        assertThat(met).containsText("first met");
        met.getByRole(AriaRole.LINK).first().click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("lessons/instance-store-vs-ebs#"));
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
        Locator chart = page.locator("#playground-cost-chart");
        assertThat(chart.locator("canvas")).isVisible();
        assertThat(drawn(chart)).isTrue();
        chart.getByText("Show the figures as a table").click();
        assertThat(chart.locator("td[data-key='total']").last()).hasText(page.locator("#cost-total").textContent());
        assertThat(chart.locator("td[data-key='ebs']").last()).hasText(ebsRow.locator("td").first().textContent());

        // with the clock paused the figures stand still, so only the theme can change the picture
        page.locator("#clock-pause").click();
        page.waitForTimeout(1500);
        long light = pixels(chart);
        page.locator("#theme-switch").click();
        page.waitForCondition(() -> pixels(chart) != light);
        chart.scrollIntoViewIfNeeded();
        screenshot("playground-costs-dark");
        assertThat(page.locator("#what-if")).containsText("EBS-backed");
        assertThat(page.locator("#what-if")).containsText("(it cannot be stopped)");
        screenshot("playground-costs");
    }

    @Test
    void theInstanceDetailsChartTheCostOverSimulatedTimeAndFollowTheClock() {
        openPlaygroundWith(EBS_AMI);
        launchWith(null);
        advance("24h");
        assertThat(state(0)).hasText("running (16)");
        select(0);
        click("action-details");

        Locator chart = page.locator("#instance-cost-chart");
        assertThat(chart.locator("canvas")).isVisible();
        assertThat(chart.locator("canvas")).hasAttribute("aria-label",
                Pattern.compile("over 24 h( \\d+ min)? of simulated time since launch: \\$0\\.\\d\\d in total "
                        + "\\(Instance usage \\$0\\.\\d\\d, EBS volumes \\$0\\.\\d\\d\\)"));
        assertThat(drawn(chart)).as("the canvas has something drawn on it").isTrue();
        chart.getByText("Show the figures as a table").click();
        Locator compute = chart.locator("td[data-key='compute']");
        assertThat(compute).hasCount(COST_POINTS);
        assertThat(compute.first()).hasText("$0.00");
        assertThat(compute.last()).not().hasText("$0.00");
        assertThat(compute.last()).hasText(page.locator("#instance-costs li").first().textContent()
                .replace("Instance usage: ", ""));
        screenshot("playground-details-chart");

        // another tab moves the clock on; the live refresh brings the open details along
        String total = chart.locator("td[data-key='total']").last().textContent();
        Page other = context.newPage();
        other.navigate(url("playground"));
        other.locator("#advance-720h").click();
        assertThat(other.locator("#instances .state-badge").first()).hasText("running (16)");
        assertThat(chart.locator("td[data-key='total']").last()).not().hasText(total);
        assertThat(chart.locator("canvas")).hasAttribute("aria-label", Pattern.compile("over 31 d of simulated time"));
        assertThat(chart.locator("details")).hasAttribute("open", "");
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
    void aWebServerConfiguredInTheTerminalIsCapturedAndServesTheSamePageFromTheNewAmi() {
        openPlaygroundWith(EBS_AMI);
        launchWith(null);
        assertThat(page.locator("#action-connect")).isDisabled();
        advance("1h");
        select(0);
        click("action-connect");
        Locator screen = page.locator("#instance-terminal .xterm-rows");
        assertThat(screen).containsText("[ec2-user@i-");
        // the columns fill the dialog's width instead of staying at xterm's 80
        double frameWidth = page.locator("#instance-terminal").boundingBox().width;
        page.waitForFunction("() => document.querySelector('#instance-terminal .xterm-screen').getBoundingClientRect().width > "
                + (0.9 * frameWidth));
        typeLine("sudo dnf install -y httpd && sudo systemctl enable --now httpd");
        assertThat(screen).containsText("Created symlink");
        typeLine("echo '<h1>Shop v1</h1>' | sudo tee /var/www/html/index.html");
        typeLine("curl localhost");
        assertThat(screen.getByText("<h1>Shop v1</h1>")).hasCount(2);
        typeLine("nosuchcommand");
        assertThat(page.locator("#connect-status")).hasText("The last command ended with exit status 127.");
        assertThat(seriousAccessibilityViolations(page)).as("terminal").isEmpty();
        screenshot("playground-terminal");
        page.keyboard().press("Escape");
        assertThat(page.locator("#connect-dialog")).hasCount(0);

        click("action-details");
        assertThat(page.locator("#instance-software")).containsText("Installed: httpd");
        assertThat(page.locator("#instance-software")).containsText("Running now: httpd");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();
        click("action-create-image");
        page.getByLabel("Image name").fill("shop-web configured");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create image").setExact(true)).last().click();
        advance("1h");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Launch")).click();
        page.locator("#source-my-amis").click();
        amiCell("shop-web configured").click();
        assertThat(page.locator("#ami-software")).containsText("Installed: httpd");
        assertThat(page.locator("#ami-software")).containsText("Starts at boot: httpd");
        launchWith(null);
        advance("1h");
        select(0);
        select(1);
        click("action-connect");
        typeLine("curl localhost");
        assertThat(screen).containsText("<h1>Shop v1</h1>");
        typeLine("history");
        assertThat(screen).containsText("1  curl localhost");
    }

    @Test
    void aServerWhoseHardwareFailsIsReplacedFromItsAmiWithTheSameConfiguration() {
        openPlaygroundWith(EBS_AMI);
        launchWith(null);
        advance("1h");
        select(0);
        assertThat(page.locator("#instances .status-checks")).hasText("2/2 checks passed");
        click("action-connect");
        typeLine("sudo dnf install -y httpd && sudo systemctl enable --now httpd");
        assertThat(page.locator("#instance-terminal .xterm-rows")).containsText("Created symlink");
        page.keyboard().press("Escape");
        click("action-create-image");
        page.getByLabel("Image name").fill("reporting backup");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create image").setExact(true)).last().click();
        advance("1h");

        click("action-details");
        assertThat(page.locator("#instance-status-checks")).containsText("2/2 checks passed");
        assertThat(page.locator("#instance-recovery")).isHidden();
        click("fail-host");
        assertThat(page.locator("#instance-status-checks")).containsText("0/2 checks passed: system status check impaired");
        assertThat(page.locator("#instance-recovery")).containsText("Stop and start it");
        assertThat(page.locator("#fail-host")).isDisabled();
        assertThat(seriousAccessibilityViolations(page)).as("instance details").isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();
        assertThat(page.locator("#instances .status-checks")).hasText("0/2 checks passed");
        assertThat(state(0)).containsText("running");
        assertThat(page.locator("#action-connect")).isDisabled();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Events")).click();
        assertThat(page.locator("#events vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("the hardware under it failed").setVisible(true))).hasCount(1);

        click("action-terminate");
        page.locator("vaadin-button[slot='confirm-button']").click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Launch")).click();
        page.locator("#source-my-amis").click();
        amiCell("reporting backup").click();
        launchWith(null);
        advance("1h");
        // a terminated instance is listed for an hour after it ended
        advance("1h");
        assertThat(page.locator("#instances .state-badge").filter(new Locator.FilterOptions().setVisible(true)))
                .hasCount(1);
        select(0);
        click("action-details");
        assertThat(page.locator("#instance-software")).containsText("Installed: httpd");
        assertThat(page.locator("#instance-software")).containsText("Running now: httpd");
        assertThat(page.locator("#instance-status-checks")).containsText("2/2 checks passed");
    }

    @Test
    void aVirtualMachineIsImportedStepByStepIntoAnAmiAndAnUnsupportedOneFailsWithEc2sReason() {
        openPlaygroundWith(EBS_AMI);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("VM import")).click();
        pickOption("import-format", "QCOW2");
        click("start-import");
        assertThat(page.locator("#import-format")).hasAttribute("invalid", "");
        assertThat(page.locator("#import-format")).containsText("InvalidParameterValue");

        pickOption("import-format", "OVA");
        pickOption("import-os", "Debian 12");
        page.locator("#import-size input").fill("8");
        page.locator("#import-description input").fill("wiki server from the data center");
        click("start-import");
        Locator tasks = page.locator("#import-tasks vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setVisible(true));
        assertThat(tasks.filter(new Locator.FilterOptions().setHasText("active: pending"))).hasCount(1);
        assertThat(page.locator("#import-tasks vaadin-progress-bar").filter(new Locator.FilterOptions().setVisible(true)))
                .hasCount(1);
        assertThat(seriousAccessibilityViolations(page)).as("VM import").isEmpty();

        pickOption("import-os", "FreeBSD 14");
        click("start-import");
        advance("1h");
        assertThat(tasks.filter(new Locator.FilterOptions().setHasText("completed"))).hasCount(1);
        assertThat(tasks.filter(new Locator.FilterOptions().setHasText("deleted: ClientError: Unknown OS / Missing OS files.")))
                .hasCount(1);
        String imageId = tasks.filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^ami-")))
                .first().textContent().strip();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Launch")).click();
        page.locator("#source-my-amis").click();
        amiCell(imageId).click();
        assertThat(page.locator("#ami-details")).containsText("Debian 12");
        assertThat(page.locator("#ami-details")).containsText("wiki server from the data center");
        launchWith(null);
        assertThat(page.locator("#instances .state-badge").filter(new Locator.FilterOptions().setVisible(true)))
                .hasCount(1);
    }

    private void pickOption(String selectId, String option) {
        page.locator("#" + selectId).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private void typeLine(String line) {
        page.locator("#instance-terminal").click();
        page.keyboard().type(line);
        page.keyboard().press("Enter");
    }

    @Test
    void aDeregisteredAmisSnapshotKeepsCostingUntilDeletedAndARegisteredOnesIsRefused() {
        openPlaygroundWith(EBS_AMI);
        launchWith(null);
        advance("1h");
        select(0);
        click("action-create-image");
        page.getByLabel("Image name").fill("shop-web golden 2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create image").setExact(true)).last().click();
        advance("1h");

        storageTab().click();
        var snapshot = page.locator("#ami-storage vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^snap-")));
        assertThat(snapshot).hasCount(1);
        assertThat(storageCell("(registered)")).hasCount(1);
        snapshot.click();
        assertThat(page.locator("#delete-storage")).isDisabled();
        page.locator("#learning-mode").click();
        click("delete-storage");
        assertThat(page.locator("#ec2-error")).containsText("InvalidSnapshot.InUse");
        assertThat(snapshot).hasCount(1);

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Launch")).click();
        page.locator("#source-my-amis").click();
        page.locator("#ami-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("shop-web golden 2")).click();
        click("deregister-image");
        page.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Deregistered");
        assertThat(amiCell("shop-web golden 2")).hasCount(0);
        assertThat(state(0)).hasText("running (16)");

        page.locator("#learning-mode").click();
        storageTab().click();
        assertThat(storageCell("(deregistered)")).hasCount(1);
        var costBefore = storageCell("$").textContent();
        advance("720h");
        assertThat(storageCell("$")).not().hasText(costBefore);
        click("delete-storage");
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Deleted snap-");
        assertThat(page.getByText("No snapshots or bundles of your AMIs in this region.")).isVisible();
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
        assertThat(page.locator("#ami-progress")).isVisible();
        assertThat(page.locator("#ami-origin")).containsText("Made from i-");
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
    void aTickedBoxStaysWithItsInstanceWhenTheGridShowsAnotherRegion() {
        openPlaygroundWith(EBS_AMI);
        launchWith(null);
        chooseRegion("eu-west-1");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Launch")).click();
        amiCell(EU_WEST_1_EBS_AMI).click();
        launchWith(null);
        assertThat(state(0)).isVisible();
        chooseRegion("us-east-1");
        assertThat(page.locator("#instances vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(EBS_AMI).setVisible(true))).hasCount(1);
        advance("1h");
        assertThat(state(0)).hasText("running (16)");

        select(0);
        assertThat(page.locator("#action-stop")).isEnabled();
        chooseRegion("eu-west-1");

        assertThat(page.locator("#instances vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(EU_WEST_1_EBS_AMI).setVisible(true))).hasCount(1);
        Locator box = page.locator("#instances vaadin-checkbox.instance-select").first();
        assertThat(box).not().hasAttribute("checked", "");
        assertThat(page.locator("#action-stop")).isDisabled();
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
        advance("1h");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Costs")).click();
        page.locator("#playground-cost-chart").getByText("Show the figures as a table").click();
        assertThat(page.locator("#playground-cost-chart td[data-key='compute']").last()).not().hasText("$0.00");
        assertThat(seriousAccessibilityViolations(page)).as("costs with the chart and its table").isEmpty();
        select(0);
        click("action-details");
        page.locator("#instance-cost-chart").getByText("Show the figures as a table").click();
        assertThat(seriousAccessibilityViolations(page)).as("instance details with the chart").isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();

        page.setViewportSize(375, 740);
        assertThat(page.locator("#action-terminate")).isVisible();
        double width = ((Number) page.evaluate("document.documentElement.scrollWidth")).doubleValue();
        assertThat(width).as("no sideways scrolling of the page").isLessThanOrEqualTo(375);
        screenshot("playground-375");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Costs")).click();
        assertThat(page.locator("#playground-cost-chart canvas")).isVisible();
        double chartWidth = page.locator("#playground-cost-chart canvas").boundingBox().width;
        assertThat(chartWidth).as("the chart fits the phone").isBetween(200.0, 375.0);
        width = ((Number) page.evaluate("document.documentElement.scrollWidth")).doubleValue();
        assertThat(width).as("no sideways scrolling with the chart").isLessThanOrEqualTo(375);
        page.locator("#playground-cost-chart canvas").scrollIntoViewIfNeeded();
        screenshot("playground-costs-375");
    }

    /** Whether chart.js painted anything: a blank canvas is all transparent pixels. */
    private static boolean drawn(Locator chart) {
        return (Boolean) chart.evaluate("el => { const c = el.shadowRoot.querySelector('canvas');"
                + " const pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " return c.width > 0 && pixels.some(v => v !== 0); }");
    }

    /** A fingerprint of the canvas's pixels, to tell whether it was painted differently. */
    private static long pixels(Locator chart) {
        return ((Number) chart.evaluate("el => { const c = el.shadowRoot.querySelector('canvas');"
                + " return c.getContext('2d').getImageData(0, 0, c.width, c.height).data"
                + ".reduce((hash, v) => (hash * 31 + v) % 2147483647, 7); }")).longValue();
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

    private Locator storageTab() {
        return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("AMI storage"));
    }

    private Locator storageCell(String text) {
        return page.locator("#ami-storage vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
    }

    private Locator state(int row) {
        return page.locator("#instances .state-badge").nth(row);
    }

    private void select(int row) {
        page.locator("#instances vaadin-checkbox.instance-select").nth(row).click();
    }

    private void chooseRegion(String code) {
        page.locator("#region").click();
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(code)).click();
    }

    private void click(String id) {
        page.locator("#" + id).click();
    }

    private void advance(String hours) {
        page.locator("#advance-" + hours).click();
    }
}
