package org.amilab.workshop.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.amilab.AmiLabSpringTest;
import org.amilab.BrowserTest;
import org.junit.jupiter.api.Test;

/** An instructor and a learner, each in a browser of their own: a workshop made, joined by its code, its budget enforced. */
class WorkshopBrowserTest extends BrowserTest {

    private static final String PASSWORD = "chalk dust on the lectern";

    @Test
    void aLearnerJoinsByCodeAppearsOnTheInstructorsPageAndIsRefusedOverBudget() {
        Page instructor = newPageInOwnSession();
        signIn(instructor, url(""), "admin", AmiLabSpringTest.ADMIN_PASSWORD);
        instructor.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Workshops")).click();
        instructor.waitForURL("**/workshops");
        instructor.locator("#workshop-title input").fill("");
        instructor.locator("#create-workshop").click();
        assertThat(instructor.locator("#workshop-title")).hasAttribute("invalid", "");
        assertThat(instructor.locator("#workshop-lessons")).containsText("Choose at least one lesson");
        String title = uniqueName("AMIs afternoon");
        instructor.locator("#workshop-title input").fill(title);
        instructor.getByLabel("What is an AMI?").check();
        instructor.getByLabel("Choosing an AMI").check();
        instructor.getByLabel("Instructor-paced: I unlock the lessons one by one").check();
        instructor.locator("#workshop-budget input").fill("0.05");
        instructor.locator("#create-workshop").click();
        instructor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        instructor.waitForURL("**/workshops/*");
        String code = instructor.locator("#join-code").textContent().strip();
        assertThat(code).hasSize(6);
        assertThat(instructor.locator("#join-link")).containsText("/join?code=" + code);
        assertThat(instructor.locator("#join-qr svg")).isVisible();
        assertThat(instructor.locator("#participant-count")).hasText("0 learners joined.");
        assertThat(seriousAccessibilityViolations(instructor)).as("workshop page").isEmpty();

        signInAsNewLearner(page, "joiner", "Joining Learner", PASSWORD);
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Join a workshop")).click();
        page.waitForURL("**/join");
        page.locator("#workshop-code input").fill("AAAAAA");
        page.locator("#join-workshop").click();
        assertThat(page.locator("#workshop-code")).containsText("No open workshop has that code");
        assertThat(seriousAccessibilityViolations(page)).as("join page").isEmpty();
        page.locator("#workshop-code input").fill(code.toLowerCase());
        page.locator("#join-workshop").click();
        page.waitForURL("**/workshop/*");
        assertThat(page.locator("#workshop-budget")).containsText("$0.05");
        assertThat(page.locator("#workshop-lessons")).containsText("What is an AMI?");
        assertThat(page.locator("#workshop-lessons")).containsText("(locked until your instructor opens it)");
        instructor.locator("#unlock-next").click();
        assertThat(instructor.locator("#unlocked-lessons")).hasText("2 of 2 lessons unlocked.");
        assertThat(page.locator("#workshop-lessons")).not().containsText("locked");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Choosing an AMI"))).isVisible();
        instructor.locator("#announcement-text textarea").fill("Stop your instances before the break.");
        instructor.locator("#announce").click();
        assertThat(page.locator("#announcement")).hasText("From your instructor: Stop your instances before the break.");

        page.locator("#ami-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Amazon Linux 2023").setVisible(true)).first().click();
        page.locator("#launch-selected").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Launch").setExact(true)).click();
        assertThat(page.locator("#launch-wizard")).hasCount(0);
        assertThat(instructor.locator("#participants")).containsText("Joining Learner");
        assertThat(instructor.locator("#participants vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("of $0.05").setVisible(true))).hasCount(1);
        assertThat(instructor.locator("#participants")).not().containsText("—");

        page.locator("#launch-selected").click();
        page.getByLabel("Number of instances").fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Launch").setExact(true)).click();
        assertThat(page.locator("#launch-problem")).containsText("UnauthorizedOperation");
        assertThat(page.locator("#launch-problem")).containsText("of the $0.05 budget");
        page.keyboard().press("Escape");
        assertThat(seriousAccessibilityViolations(page)).as("workshop playground").isEmpty();

        assertThat(instructor.locator("#participant-count")).hasText("1 learner joined.");
        var download = instructor.waitForDownload(() -> instructor.locator("#export-csv").click());
        String csv = readUtf8(download.path());
        assertThat(csv).startsWith("\uFEFF\"Learner\",\"Joined (UTC)\"").contains("\"Joining Learner\"")
                .contains("\"0.05\"");
        instructor.navigate(url("workshops"));
        assertThat(seriousAccessibilityViolations(instructor)).as("workshops page").isEmpty();
    }

    private static String readUtf8(java.nio.file.Path path) {
        try {
            return java.nio.file.Files.readString(path, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
