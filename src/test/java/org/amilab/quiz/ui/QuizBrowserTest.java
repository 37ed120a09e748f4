package org.amilab.quiz.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.amilab.BrowserTest;
import org.amilab.content.ContentService;
import org.amilab.content.Question;
import org.amilab.content.Quiz;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A learner fails a quiz, retakes only what they missed, passes, and finds it all on the quizzes page. */
class QuizBrowserTest extends BrowserTest {

    private static final String LESSON = "image-builder";

    @Autowired
    ContentService content;

    @Test
    void failRetakeWhatWasMissedAndPass() {
        signInAsNewLearner(page, "quiz-b", "Quinn", "lantern over the harbour");
        Quiz quiz = content.quiz(LESSON).orElseThrow();
        page.navigate(url("lessons/" + LESSON));
        page.locator("#take-quiz").click();
        page.waitForURL("**/quizzes/" + LESSON);
        assertThat(page.getByText("Each attempt asks " + quiz.draw() + " questions")).isVisible();
        assertThat(seriousAccessibilityViolations(page)).as("quiz introduction").isEmpty();

        page.locator("#start-quiz").click();
        Locator questions = page.locator(".quiz-question");
        assertThat(questions).hasCount(quiz.draw());
        assertThat(seriousAccessibilityViolations(page)).as("quiz questions").isEmpty();
        for (int i = 0; i < 3; i++) {
            answerRight(questions.nth(i), quiz);
        }
        page.locator("#submit-quiz").click();
        assertThat(page.getByText("Submit with " + (quiz.draw() - 3) + " questions unanswered?")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit anyway")).click();

        page.waitForURL(Pattern.compile(".*/quizzes/attempts/\\d+$"));
        assertThat(page.locator("#quiz-score")).containsText(Math.round(300.0 / quiz.draw()) + " %");
        assertThat(page.locator("#quiz-score")).containsText("Not passed yet");
        assertThat(page.locator(".verdict.right")).hasCount(3);
        assertThat(page.getByText("You did not answer this question.")).hasCount(quiz.draw() - 3);
        assertThat(page.locator(".question-explanation a").first()).hasAttribute("href",
                Pattern.compile("lessons/" + LESSON + "#.+"));
        assertThat(seriousAccessibilityViolations(page)).as("attempt review").isEmpty();

        page.locator(".retake-missed").first().click();
        page.waitForURL("**/quizzes/" + LESSON);
        assertThat(questions).hasCount(quiz.draw() - 3);
        for (int i = 0; i < quiz.draw() - 3; i++) {
            answerRight(questions.nth(i), quiz);
        }
        page.locator("#submit-quiz").click();
        page.waitForURL(Pattern.compile(".*/quizzes/attempts/\\d+$"));
        assertThat(page.locator("#quiz-score")).containsText("100 %");
        assertThat(page.locator("#quiz-score")).containsText("Passed");
        assertThat(page.locator(".retake-missed")).hasCount(0);

        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Quizzes")).click();
        page.waitForURL("**/quizzes");
        Locator item = page.locator(".quiz-list li[data-lesson='" + LESSON + "']");
        assertThat(item).containsText("Best 100 %, passed (2 attempts)");
        assertThat(page.locator(".quiz-list li")).hasCount(content.quizzes().size());
        assertThat(seriousAccessibilityViolations(page)).as("quizzes").isEmpty();
        item.getByRole(AriaRole.LINK).click();
        assertThat(page.locator(".attempt-list li")).hasCount(2);

        page.navigate(url("progress"));
        assertThat(page.locator("#progress-totals")).containsText("1 quiz passed");
        assertThat(page.locator(".mastery-list li[data-lesson='" + LESSON + "'] .mastery-facts"))
                .containsText("best quiz score 100 % (passed)");
    }

    @Test
    void aNumberThatIsNotANumberIsNamedAndNothingIsSubmitted() {
        signInAsNewLearner(page, "quiz-n", "Nia", "lantern over the harbour");
        page.navigate(url("quizzes/" + LESSON));
        Locator numeric = page.locator(".quiz-question").filter(new Locator.FilterOptions()
                .setHas(page.locator("vaadin-text-field")));
        page.locator("#start-quiz").click();
        assertThat(page.locator(".quiz-question").first()).isVisible();
        // leave the first attempt always, to see leaving work, then until an attempt draws the numeric question
        leaveAndStartAgain();
        for (int tries = 0; tries < 30 && numeric.count() == 0; tries++) {
            leaveAndStartAgain();
        }
        numeric.first().locator("input").fill("1.2.3");
        page.locator("#submit-quiz").click();
        assertThat(numeric.first().locator("vaadin-text-field")).hasAttribute("invalid", "");
        assertThat(numeric.first()).containsText("'1.2.3' is not a number");
        assertThat(page).hasURL(Pattern.compile(".*/quizzes/" + LESSON + "$"));
    }

    @Test
    void aPlaygroundTaskIsCheckedOnTheLearnersOwnPlayground() {
        signInAsNewLearner(page, "quiz-p", "Pia", "lantern over the harbour");
        String lesson = "instance-store-vs-ebs";
        Locator task = page.locator(".quiz-question[data-question='stop-refused-in-the-playground']");
        page.navigate(url("quizzes/" + lesson));
        page.locator("#start-quiz").click();
        assertThat(page.locator(".quiz-question").first()).isVisible();
        for (int tries = 0; tries < 30 && task.count() == 0; tries++) {
            leaveAndStartAgain(lesson);
        }
        assertThat(task.getByRole(AriaRole.LINK)).hasAttribute("target", "_blank");
        task.locator(".check-playground").click();
        assertThat(task.locator(".playground-check")).hasText("Not yet: your playground does not show it yet.");
        assertThat(seriousAccessibilityViolations(page)).as("quiz with a playground task").isEmpty();

        Page playground = context.newPage();
        playground.navigate(url("playground?region=us-east-1&ami=ami-0b3ce107f80e222f8"));
        playground.locator("#launch-selected").click();
        playground.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Launch").setExact(true)).click();
        playground.locator("#advance-1h").click();
        assertThat(playground.locator("#instances .state-badge").first()).hasText("running (16)");
        playground.locator("#learning-mode").click();
        playground.locator("#instances vaadin-checkbox.instance-select").first().click();
        playground.locator("#action-stop").click();
        assertThat(playground.locator("#ec2-error")).containsText("UnsupportedOperation");
        playground.close();

        task.locator(".check-playground").click();
        assertThat(task.locator(".playground-check")).hasText("Done: your playground shows it.");
        page.locator("#submit-quiz").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit anyway")).click();
        page.waitForURL(Pattern.compile(".*/quizzes/attempts/\\d+$"));
        assertThat(page.getByText("Your playground showed the task done when you submitted.")).isVisible();
    }

    private void leaveAndStartAgain() {
        leaveAndStartAgain(LESSON);
    }

    private void leaveAndStartAgain(String lesson) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave this attempt")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave").setExact(true)).click();
        page.waitForURL("**/lessons/" + lesson);
        page.navigate(url("quizzes/" + lesson));
        // a left attempt is not resumed: the introduction shows again
        page.locator("#start-quiz").click();
        assertThat(page.locator(".quiz-question").first()).isVisible();
    }

    private static void answerRight(Locator section, Quiz quiz) {
        Question question = quiz.question(section.getAttribute("data-question")).orElseThrow();
        if (question instanceof Question.SingleChoice single) {
            single.choices().stream().filter(Question.Choice::correct).forEach(choice -> option(section,
                    AriaRole.RADIO, choice.text()).click());
        } else if (question instanceof Question.MultipleChoice multiple) {
            multiple.choices().stream().filter(Question.Choice::correct).forEach(choice -> option(section,
                    AriaRole.CHECKBOX, choice.text()).click());
        } else if (question instanceof Question.TrueFalse statement) {
            option(section, AriaRole.RADIO, statement.answer() ? "True" : "False").click();
        } else if (question instanceof Question.Ordering ordering) {
            reorder(section, ordering.items());
        } else if (question instanceof Question.Matching matching) {
            for (Question.Matching.Pair pair : matching.pairs()) {
                Locator select = section.locator("vaadin-select").filter(new Locator.FilterOptions()
                        .setHasText(pair.item()));
                select.click();
                section.page().getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(pair.match())
                        .setExact(true)).filter(new Locator.FilterOptions().setVisible(true)).click();
                // the list fades out; the next select's list must not be mistaken for it
                assertThat(select).not().hasAttribute("opened", "");
                assertThat(section.page().locator("vaadin-select-overlay[opening], vaadin-select-overlay[closing]"))
                        .hasCount(0);
            }
        } else {
            section.locator("input").fill(((Question.Numeric) question).answer().toPlainString());
        }
    }

    private static Locator option(Locator section, AriaRole role, String text) {
        return section.getByRole(role, new Locator.GetByRoleOptions().setName(text).setExact(true));
    }

    /** Moves each item up with its button until the list reads in the right order, as a keyboard user would. */
    private static void reorder(Locator section, List<String> rightOrder) {
        for (int target = 0; target < rightOrder.size(); target++) {
            String item = rightOrder.get(target);
            List<String> shown = new ArrayList<>(section.locator(".reorder-item > span").allTextContents());
            for (int at = shown.indexOf(item); at > target; at--) {
                section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move up: " + item)
                        .setExact(true)).click();
                assertThat(section.locator(".reorder-item > span").nth(at - 1)).hasText(item);
            }
        }
        assertThat(section.locator(".reorder-item > span")).hasText(rightOrder.toArray(String[]::new));
    }
}
