package org.amilab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson's quiz.yml: read into questions of every type, and each kind of mistake named with its file and line. */
class QuizFileTest {

    private static final String FILE = "lessons/instance-store-vs-ebs/quiz.yml";
    private static final String QUIZ = """
            pass-mark: 75
            draw: 5
            questions:
              - id: stop-instance-store
                type: single-choice
                prompt: What happens when you stop an instance store-backed instance?
                choices:
                  - text: EC2 refuses with UnsupportedOperation.
                    correct: true
                    feedback: Only an EBS root can be stopped.
                  - text: It stops and loses its data.
                    feedback: It cannot stop at all.
                explanation: The root device lives on the host.
                section: instance-store-vs-ebs#stopping
              - id: what-a-stop-keeps
                type: multiple-choice
                prompt: Which stay after a stop and start of an EBS-backed instance?
                choices:
                  - text: The root volume's data
                    correct: true
                    feedback: The EBS volume stays.
                  - text: The instance id
                    correct: true
                    feedback: The instance is the same one.
                  - text: The data in RAM
                    feedback: RAM is cleared.
                explanation: A stop keeps EBS volumes.
                section: instance-store-vs-ebs#stopping
              - id: reboot-keeps-instance-store
                type: true-false
                prompt: A reboot keeps the data on instance store volumes.
                answer: true
                feedback-if-true: Right, a reboot keeps it.
                feedback-if-false: A reboot keeps it; a stop or a termination loses it.
                explanation: A reboot does not change hosts.
                section: instance-store-vs-ebs#stopping
              - id: states-of-a-stop
                type: ordering
                prompt: Order the states of a stop and start.
                items: [running, stopping, stopped, pending]
                explanation: Stop, then start.
                section: instance-lifecycle#states
              - id: which-backing
                type: matching
                prompt: Match each trait to its root device type.
                options: [EBS-backed, Instance store-backed]
                pairs:
                  - item: Can be stopped
                    match: EBS-backed
                  - item: Root at most 10 GiB
                    match: Instance store-backed
                explanation: See the comparison.
                section: instance-store-vs-ebs#at-a-glance
              - id: largest-root
                type: numeric
                prompt: The largest instance store root?
                answer: 10
                unit: GiB
                tolerance: 0.5
                explanation: 10 GiB.
                section: instance-store-vs-ebs#root-volume-size
              - id: stop-it-yourself
                type: playground
                prompt: In your playground, try to stop an instance store-backed instance.
                check:
                  - event: {action: stop, outcome: refused, code: UnsupportedOperation}
                explanation: EC2 refuses.
                section: instance-store-vs-ebs#stopping
            """;

    @TempDir
    Path folder;
    ContentFixture fixture;

    @BeforeEach
    void copyShippedContent() {
        fixture = new ContentFixture(folder);
        fixture.write(FILE, QUIZ);
    }

    @Test
    void everyTypeOfQuestionIsRead() {
        Quiz quiz = new ContentService(fixture.files(), Clock.systemUTC()).quiz("instance-store-vs-ebs").orElseThrow();

        assertThat(quiz.passMark()).isEqualTo(75);
        assertThat(quiz.draw()).isEqualTo(5);
        assertThat(quiz.drawsFromBank()).isTrue();
        assertThat(quiz.questions()).extracting(question -> question.getClass().getSimpleName()).containsExactly(
                "SingleChoice", "MultipleChoice", "TrueFalse", "Ordering", "Matching", "Numeric", "PlaygroundTask");
        var single = (Question.SingleChoice) quiz.questions().get(0);
        assertThat(single.choices()).extracting(Question.Choice::correct).containsExactly(true, false);
        assertThat(single.choices().get(1).feedback()).isEqualTo("It cannot stop at all.");
        assertThat(single.section()).isEqualTo(new LessonSection("instance-store-vs-ebs", "stopping"));
        var statement = (Question.TrueFalse) quiz.questions().get(2);
        assertThat(statement.answer()).isTrue();
        assertThat(statement.feedback(false)).startsWith("A reboot keeps it;");
        assertThat(((Question.Ordering) quiz.questions().get(3)).items())
                .containsExactly("running", "stopping", "stopped", "pending");
        var matching = (Question.Matching) quiz.questions().get(4);
        assertThat(matching.pairs()).extracting(Question.Matching.Pair::match)
                .containsExactly("EBS-backed", "Instance store-backed");
        var numeric = (Question.Numeric) quiz.questions().get(5);
        assertThat(numeric.answer()).isEqualByComparingTo("10");
        assertThat(numeric.tolerance()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(numeric.unit()).isEqualTo("GiB");
        var task = (Question.PlaygroundTask) quiz.questions().get(6);
        assertThat(task.check()).singleElement().hasToString(
                "event: {\"action\":\"stop\",\"outcome\":\"refused\",\"code\":\"UnsupportedOperation\"}");
    }

    @Test
    void aPlaygroundTaskIsCheckedWithTheConditionsOfChallenges() {
        fixture.replace(FILE, "code: UnsupportedOperation}", "code: Unsupported}");
        assertThat(problems()).singleElement().satisfies(p -> assertProblem(p, fixture.lineOf(FILE, "code: Unsupported}"),
                "'code' must be an error code the playground answers with"));

        fixture.replace(FILE, "code: Unsupported}", "code: UnsupportedOperation}");
        fixture.replace(FILE, "    check:\n      - event: {action: stop", "    check: []\n    hint-check:\n      - event: {action: stop");
        assertThat(problems()).anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "check: []"),
                "'check' must be a list of at least one condition, as in challenge.yml"));
    }

    @Test
    void withoutDrawEveryAttemptAsksTheWholeBank() {
        fixture.replace(FILE, "draw: 5\n", "");
        Quiz quiz = new ContentService(fixture.files(), Clock.systemUTC()).quiz("instance-store-vs-ebs").orElseThrow();
        assertThat(quiz.draw()).isEqualTo(7);
        assertThat(quiz.drawsFromBank()).isFalse();
    }

    @Test
    void aSingleChoiceNeedsExactlyOneRightChoiceAndAMultipleChoiceAtLeastOne() {
        fixture.replace(FILE, "    feedback: It cannot stop at all.", "    feedback: It cannot stop at all.\n"
                + "        correct: true");
        fixture.replace(FILE, "        correct: true\n        feedback: The EBS volume stays.", "        feedback: The EBS"
                + " volume stays.");
        fixture.replace(FILE, "        correct: true\n        feedback: The instance is the same one.",
                "        feedback: The instance is the same one.");
        assertThat(problems())
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "id: stop-instance-store") + 3,
                        "a single-choice question needs exactly one choice with correct: true, not 2"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "id: what-a-stop-keeps") + 3,
                        "a multiple-choice question needs at least one choice with correct: true"));
    }

    @Test
    void aProblemIsReportedAtTheLineOfTheFieldItIsAbout() {
        fixture.replace(FILE, "    feedback: It cannot stop at all.\n", "");
        fixture.replace(FILE, "    match: Instance store-backed", "    match: Instance-store");
        fixture.replace(FILE, "answer: true", "answer: yes please");
        fixture.replace(FILE, "tolerance: 0.5", "tolerance: -1");
        assertThat(problems())
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "text: It stops and loses its data."),
                        "'feedback' is required and must be text"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "match: Instance-store"),
                        "'Instance-store' is not one of the options [EBS-backed, Instance store-backed]"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "answer: yes please"),
                        "'answer' must be true or false"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "tolerance: -1"), "'tolerance' must be at least 0"));
    }

    @Test
    void anUnknownTypeFieldOrSectionIsNamed() {
        fixture.replace(FILE, "type: numeric", "type: number");
        fixture.replace(FILE, "    items: [running", "    hint: think\n    items: [running");
        fixture.replace(FILE, "section: instance-lifecycle#states", "section: instance-lifecycle#state-machine");
        fixture.replace(FILE, "pass-mark: 75", "pass-mark: 75\nshuffle: false");
        assertThat(problems())
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "type: number"),
                        "question 'largest-root' has type 'number'; the types are matching, multiple-choice, numeric,"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "hint: think"),
                        "unknown field 'hint' (an ordering question has id, type, prompt, explanation, section, items)"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "instance-lifecycle#state-machine"),
                        "lesson 'instance-lifecycle' has no heading with the anchor '#state-machine'"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "shuffle: false"), "unknown field 'shuffle'"));
    }

    @Test
    void idsAreUniqueAndTheDrawFitsTheBank() {
        fixture.replace(FILE, "id: what-a-stop-keeps", "id: stop-instance-store");
        fixture.replace(FILE, "draw: 5", "draw: 8");
        fixture.replace(FILE, "id: largest-root", "id: Largest Root");
        assertThat(problems())
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "id: stop-instance-store") + 11,
                        "question id 'stop-instance-store' is used twice in this quiz"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "draw: 8"),
                        "'draw' must be how many of the 7 questions one attempt asks, from 1 to 7"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "id: Largest Root"),
                        "question id 'Largest Root' must be lower-case letters, digits and dashes"));
    }

    @Test
    void anOrderingNeedsThreeDifferentItemsAndTheFileMustBeYaml() {
        fixture.replace(FILE, "items: [running, stopping, stopped, pending]", "items: [running, running]");
        assertThat(problems()).anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "items: [running, running]"),
                "'items' must be a list of at least 3 items in the right order"));
        fixture.write(FILE, "pass-mark: 80\nquestions:\n  - id: a\n    prompt: [unclosed\n");
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.reason()).contains("not valid YAML");
        });
    }

    private List<ContentProblem> problems() {
        return fixture.problems();
    }

    private static void assertProblem(ContentProblem problem, int line, String reason) {
        ContentFixture.assertProblem(problem, FILE, line, reason);
    }
}
