package org.amilab.content;

import static org.amilab.content.ContentFixture.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.amilab.simulator.InstanceState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson's challenge.yml: read into steps with their checks, and every kind of mistake named at its line. */
class ChallengeFileTest {

    private static final String FILE = "lessons/why-amis/challenge.yml";
    private static final String CHALLENGE = """
            title: Repeat yourself
            goal: Launch the same server twice from one AMI.
            setup:
              region: us-east-1
              instances:
                - image: ami-0a4c123b1612dd272
                  type: t3.micro
                  name: first
                  state: stopped
            steps:
              - title: Launch two instances from one AMI
                check:
                  - instance: {image: ami-0a4c123b1612dd272, from-setup: false, count: 2}
                hints:
                  - Set the count in the launch wizard.
                  - Two is enough.
                solution: Launch two at once; they are alike because the AMI is the same.
              - title: Stop one of them
                check:
                  - event: {action: stop, outcome: accepted}
                  - no-instance: {state: stopping}
                hints: [Select one and choose Stop.]
                solution: Stop it and wait.
            """;

    @TempDir
    Path folder;
    ContentFixture fixture;

    @BeforeEach
    void onlyThisChallenge() {
        fixture = new ContentFixture(folder);
        fixture.withoutChallenges().write(FILE, CHALLENGE);
    }

    @Test
    void aChallengeHasItsSetupAndStepsWithChecksHintsAndSolution() {
        Challenge challenge = new ContentService(fixture.files(), Clock.systemUTC()).challenge("why-amis").orElseThrow();

        assertThat(challenge.title()).isEqualTo("Repeat yourself");
        assertThat(challenge.playgroundPurpose()).isEqualTo("challenge:why-amis");
        assertThat(challenge.setup().region()).isEqualTo("us-east-1");
        assertThat(challenge.setup().launches()).containsExactly(
                new ChallengeSetup.Launch("ami-0a4c123b1612dd272", "t3.micro", 1, "first", InstanceState.STOPPED));
        assertThat(challenge.steps()).extracting(Challenge.Step::title)
                .containsExactly("Launch two instances from one AMI", "Stop one of them");
        assertThat(challenge.steps().get(0).hints()).hasSize(2);
        assertThat(challenge.steps().get(1).check()).hasSize(2);
    }

    @Test
    void anUnknownConditionNamesTheKindsThereAre() {
        fixture.replace(FILE, "- no-instance: {state: stopping}", "- machine: {state: stopping}");

        List<ContentProblem> problems = fixture.problems();

        assertThat(problems).hasSize(1);
        assertProblem(problems.get(0), FILE, 21, "unknown condition 'machine'; the kinds are instance, no-instance, image");
    }

    @Test
    void anUnknownFieldNamesTheFieldsOfItsKind() {
        fixture.replace(FILE, "from-setup: false", "launched-by: me");

        List<ContentProblem> problems = fixture.problems();

        assertThat(problems).hasSize(1);
        assertProblem(problems.get(0), FILE, 13, "'instance' has no field 'launched-by'; its fields are state, root-device-type");
    }

    @Test
    void aValueMustBeOneTheSimulatorKnows() {
        fixture.replace(FILE, "{state: stopping}", "{state: sleeping}")
                .replace(FILE, "outcome: accepted", "outcome: accepted, code: NoSuchThing")
                .replace(FILE, "count: 2", "count: two");

        List<ContentProblem> problems = fixture.problems();

        assertThat(problems).hasSize(3);
        assertProblem(problems.get(0), FILE, 13, "'count' must be a whole number of at least 1");
        assertProblem(problems.get(1), FILE, 20, "'code' must be an error code the playground answers with");
        assertProblem(problems.get(2), FILE, 21, "'state' must be one of pending, running, shutting-down, stopped");
    }

    @Test
    void noneTakesNoCountAndADurationIsSimulatedTime() {
        fixture.replace(FILE, "{state: stopping}", "{state: stopping, count: 2}")
                .replace(FILE, "outcome: accepted}", "outcome: accepted}\n      - instance: {for: a while}");

        List<ContentProblem> problems = fixture.problems();

        assertThat(problems).hasSize(2);
        assertProblem(problems.get(0), FILE, 21, "'for' must be a simulated duration such as 90s, 30m, 24h or 2d");
        assertProblem(problems.get(1), FILE, 22, "'no-instance' means there is none, so it takes no count");
    }

    @Test
    void aStepNeedsAListOfChecksAndHints() {
        fixture.replace(FILE, "    hints: [Select one and choose Stop.]\n", "")
                .replace(FILE, "check:\n      - instance: {image: ami-0a4c123b1612dd272, from-setup: false, count: 2}",
                        "check: instance-is-there");

        List<ContentProblem> problems = fixture.problems();

        assertThat(problems).hasSize(2);
        assertProblem(problems.get(0), FILE, 12, "'check' must be a list of at least one condition");
        assertProblem(problems.get(1), FILE, 17, "'hints' must be a list of at least one hint");
    }

    @Test
    void aSetupEc2WouldRefuseStopsStartUpAtTheSetup() {
        fixture.replace(FILE, "image: ami-0a4c123b1612dd272", "image: ami-0b3ce107f80e222f8");

        List<ContentProblem> problems = fixture.problems();

        assertThat(problems).hasSize(1);
        assertProblem(problems.get(0), FILE, 5, "EC2 would refuse this setup: InvalidParameterCombination");
    }

    @Test
    void aSetupNeedsARegionOfTheCatalogAndLaunchesNamedApart() {
        fixture.replace(FILE, "region: us-east-1", "region: mars-north-1")
                .replace(FILE, "state: stopped", "state: hibernated");

        List<ContentProblem> problems = fixture.problems();

        assertThat(problems).hasSize(2);
        assertProblem(problems.get(0), FILE, 4, "region 'mars-north-1' is not in catalog/regions.yml");
        assertProblem(problems.get(1), FILE, 9, "'state' must be running or stopped, not 'hibernated'");
    }

    @Test
    void anUnknownTopFieldIsNamed() {
        fixture.replace(FILE, "goal:", "reward: a badge\ngoal:");

        List<ContentProblem> problems = fixture.problems();

        assertThat(problems).hasSize(1);
        assertProblem(problems.get(0), FILE, 2, "unknown field 'reward' (the file holds title, goal, setup and steps)");
    }
}
