package org.amilab.playground.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.amilab.BrowserTest;
import org.junit.jupiter.api.Test;

/** A learner builds a golden AMI with Image Builder: a test fails the first image, a fixed recipe's second build lands in two regions. */
class ImageBuilderBrowserTest extends BrowserTest {

    private static final String PASSWORD = "kiln fired at noon";

    @Test
    void aFailingTestDistributesNothingThenAFixedRecipeBuildsVersionTwoInTwoRegions() {
        signInAsNewLearner(page, "builder", "Golden Image Learner", PASSWORD);
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Image Builder")).click();
        page.waitForURL("**/image-builder");
        assertThat(page.locator("#pipelines")).containsText("No pipelines in this region yet");
        assertThat(seriousAccessibilityViolations(page)).as("Image Builder, empty").isEmpty();

        tab("Recipes");
        page.locator("#recipe-name input").fill("web");
        page.locator("#recipe-version input").fill("1.0");
        page.getByLabel("apache-web-server/1.0.0").check();
        page.getByLabel("web-server-answers/1.0.0").check();
        page.locator("#create-recipe").click();
        assertThat(page.locator("#recipe-version")).hasAttribute("invalid", "");
        assertThat(page.locator("#recipe-version")).containsText("InvalidParameterValueException");
        page.locator("#recipe-version input").fill("1.0.0");
        page.locator("#create-recipe").click();
        assertThat(visible(page.locator("#recipes vaadin-grid-cell-content"))).containsText(new String[] {"web/1.0.0"});

        tab("Pipelines");
        page.locator("#pipeline-name input").fill("web-pipeline");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("eu-west-1").setExact(true)).check();
        page.locator("#pipeline-schedule input").fill("every day");
        page.locator("#create-pipeline").click();
        assertThat(page.locator("#pipeline-schedule")).hasAttribute("invalid", "");
        assertThat(page.locator("#pipeline-schedule")).containsText("cron(0 9 * * ? *)");
        assertThat(page.locator("#pipelines")).containsText("No pipelines in this region yet");
        page.locator("#pipeline-schedule input").fill("");
        page.locator("#create-pipeline").click();
        runPipeline("web/1.0.0/1");
        page.locator("#advance-1h").click();

        tab("Images");
        imageCell("web/1.0.0/1").click();
        assertThat(page.locator("#image-failure")).containsText("web-server-answers/1.0.0");
        assertThat(page.locator("#image-failure")).containsText("No AMI was distributed");
        assertThat(page.locator("#image-log")).containsText("systemctl is-active httpd");
        assertThat(page.locator("#image-outputs")).hasCount(0);

        tab("Recipes");
        page.locator("#recipe-version input").fill("1.0.1");
        page.getByLabel("apache-web-server/1.0.0").uncheck();
        page.getByLabel("apache-web-server/1.1.0").check();
        page.locator("#create-recipe").click();
        assertThat(visible(page.locator("#recipes vaadin-grid-cell-content"))).containsText(new String[] {"web/1.0.1"});

        tab("Pipelines");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit pipeline web-pipeline")).click();
        page.locator("#pipeline-recipe").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("web/1.0.1").setExact(true)).click();
        page.locator("#update-pipeline").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Updated the pipeline web-pipeline");
        runPipeline("web/1.0.1/1");
        page.locator("#advance-1h").click();
        assertThat(page.locator("#pipelines")).containsText("web/1.0.1/1 · available");
        runPipeline("web/1.0.1/2");
        page.locator("#advance-1h").click();

        tab("Images");
        imageCell("web/1.0.1/2").click();
        assertThat(page.locator("#image-details")).containsText("web/1.0.1/2 · available");
        assertThat(page.locator("#image-outputs")).containsText("in us-east-1");
        assertThat(page.locator("#image-outputs")).containsText("in eu-west-1");
        assertThat(seriousAccessibilityViolations(page)).as("Image Builder, an image's details").isEmpty();

        tab("Components");
        page.locator("#component-name input").fill("shop-page");
        page.locator("#component-steps textarea").fill("echo '<h1>Shop</h1>' | sudo tee /var/www/html/index.html");
        page.locator("#create-component").click();
        assertThat(visible(page.locator("#components vaadin-grid-cell-content"))).containsText(new String[] {"shop-page/1.0.0"});
        assertThat(seriousAccessibilityViolations(page)).as("Image Builder, components").isEmpty();
        tab("Recipes");
        assertThat(page.getByLabel("shop-page/1.0.0")).isVisible();

        page.navigate(url("playground?region=eu-west-1"));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Launch")).click();
        page.locator("#source-my-amis").click();
        assertThat(visible(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("golden ")))).hasCount(2);

        page.navigate(url("lessons/image-builder"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Image Builder page")).click();
        page.waitForURL("**/image-builder");
        assertThat(page.locator("#pipelines")).containsText("web-pipeline");
    }

    private void tab(String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    /** Runs the pipeline and waits until its list shows the image the run makes. */
    private void runPipeline(String image) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run pipeline web-pipeline")).click();
        assertThat(page.locator("#pipelines")).containsText(image + " · building");
    }

    private Locator imageCell(String image) {
        return visible(page.locator("#images vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(image))).first();
    }

    private static Locator visible(Locator cells) {
        return cells.filter(new Locator.FilterOptions().setVisible(true));
    }
}
