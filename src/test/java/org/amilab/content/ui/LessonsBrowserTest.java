package org.amilab.content.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.amilab.BrowserTest;
import org.junit.jupiter.api.Test;

class LessonsBrowserTest extends BrowserTest {

    private static final List<String> TITLES_IN_ORDER = List.of("what-is-an-ami", "why-amis", "choosing-an-ami",
            "ami-sources", "instance-store-vs-ebs", "instance-lifecycle", "creating-your-own-ami", "image-builder",
            "key-takeaways");

    @Test
    void aVisitorReadsAllNineLessonsInOrderWithNext() {
        page.navigate(url(""));
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Lessons")).click();
        assertThat(page.locator("#outline .lesson-item")).hasCount(9);
        page.locator("#outline .lesson-link").first().click();
        for (int i = 0; i < TITLES_IN_ORDER.size(); i++) {
            page.waitForURL("**/lessons/" + TITLES_IN_ORDER.get(i));
            assertThat(page.locator("h1")).isVisible();
            assertThat(page.locator(".lesson-body h2").first()).isVisible();
            if (i < TITLES_IN_ORDER.size() - 1) {
                page.locator("a.pager-next").click();
            }
        }
        assertThat(page.locator("a.pager-next")).hasCount(0);
        assertThat(page.getByText("Back to the course outline")).isVisible();
    }

    @Test
    void searchFindsInstanceStoreAndLeadsToTheSection() {
        page.navigate(url("lessons"));
        page.getByLabel("Search the lessons").fill("instance store");
        var hits = page.locator("#search-results li");
        assertThat(hits.first()).isVisible();
        assertThat(page.locator("#search-results mark").first()).hasText(java.util.regex.Pattern.compile("instance store", java.util.regex.Pattern.CASE_INSENSITIVE));
        assertThat(page.locator("#outline")).isHidden();
        page.locator("#search-results a").filter(new Locator.FilterOptions().setHasText("Boot time")).first().click();
        page.waitForURL("**/lessons/instance-store-vs-ebs#boot-time");
        assertThat(page.locator("h2#boot-time")).isInViewport();
    }

    @Test
    void aHeadingLinkPointsAtItsSection() {
        page.navigate(url("lessons/instance-lifecycle"));
        var link = page.locator("h2#what-is-billed a.heading-link");
        assertThat(link).hasAttribute("href", "lessons/instance-lifecycle#what-is-billed");
        link.click();
        page.waitForURL("**/lessons/instance-lifecycle#what-is-billed");
        assertThat(page.locator("h2#what-is-billed")).isInViewport();
        page.locator(".lesson-toc a").filter(new Locator.FilterOptions().setHasText("Rebooting")).click();
        page.waitForURL("**#rebooting");
        assertThat(page.locator("h2#rebooting")).isInViewport();
    }

    @Test
    void theLifecycleDiagramAndPlaygroundHintAreShown() {
        page.navigate(url("lessons/instance-lifecycle"));
        assertThat(page.locator("figure.lesson-figure svg[role='img']")).isVisible();
        assertThat(page.locator("svg g#state-running")).hasCount(1);
        assertThat(page.locator("#try-in-playground")).containsText("Try it in the playground");
        screenshot("lesson-instance-lifecycle");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator(".lesson-pager")).isHidden();
        assertThat(page.locator(".lesson-body svg")).isVisible();
    }

    @Test
    void aLearnerMarksALessonDoneAndSeesItAfterSigningInAgain() {
        String password = "blue heron by the lake";
        String username = signInAsNewLearner(page, "reader", "Reader", password);
        page.navigate(url("lessons/why-amis"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as done")).click();
        assertThat(page.locator("#mark-done")).containsText("Done");
        signOut(page);
        signIn(page, url(""), username, password);
        page.navigate(url("lessons"));
        var item = page.locator("#outline .lesson-item").filter(new Locator.FilterOptions().setHasText("Why"));
        assertThat(item.locator(".done-mark")).hasText("Done");
        assertThat(page.locator("#course-progress")).hasText("1 of 9 lessons done");
        assertThat(page.locator("#outline .done-mark")).hasCount(1);
    }

    @Test
    void anUnknownLessonIsNotFound() {
        page.navigate(url("lessons/no-such-lesson"));
        assertThat(page.locator("#not-found")).isVisible();
    }

    @Test
    void theOutlineAndALessonPassAxe() {
        page.navigate(url("lessons"));
        page.locator("#outline").waitFor();
        assertThat(seriousAccessibilityViolations(page)).as("outline").isEmpty();
        page.navigate(url("lessons/instance-store-vs-ebs"));
        page.locator(".lesson-body").waitFor();
        assertThat(seriousAccessibilityViolations(page)).as("lesson").isEmpty();
        page.navigate(url("lessons/instance-lifecycle"));
        page.locator(".lesson-body svg").waitFor();
        assertThat(seriousAccessibilityViolations(page)).as("lesson with diagram").isEmpty();
        page.setViewportSize(375, 740);
        double width = ((Number) page.evaluate("document.documentElement.scrollWidth")).doubleValue();
        assertThat(width).isLessThanOrEqualTo(375);
    }
}
