package org.amilab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.amilab.simulator.Actor;
import org.amilab.simulator.CopyImageRequest;
import org.amilab.simulator.CreateImageRequest;
import org.amilab.simulator.Instance;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.Playground;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.PlaygroundSettings;
import org.amilab.simulator.Protection;
import org.amilab.simulator.SimulatorEnvironment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each kind of challenge condition, read from its YAML and checked against a real simulated playground. */
class ConditionLanguageTest {

    private static final LoadedContent SHIPPED = new ContentLoader().load(ContentFiles.folder(ContentFixture.SHIPPED));
    private static final String EBS_AMI = "ami-0a4c123b1612dd272";
    private static final String INSTANCE_STORE_AMI = "ami-0b3ce107f80e222f8";
    private static final String REGION = "us-east-1";
    private static final Actor LEARNER = new Actor("learner");

    private final ConditionLanguage language = new ConditionLanguage(SHIPPED.catalog());
    private Playground playground;

    @BeforeEach
    void newPlayground() {
        var environment = new SimulatorEnvironment(SHIPPED.catalog(), SHIPPED.prices(),
                Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC), new Random(3));
        playground = Playground.create(environment, "210987654321", PlaygroundSettings.DEFAULT);
    }

    @Test
    void anInstanceConditionMatchesStateAndRootDeviceTypeTogether() {
        Condition condition = condition("instance: {root-device-type: instance-store, state: running}");
        String ebs = launch(EBS_AMI, "t3.micro");
        String instanceStore = launch(INSTANCE_STORE_AMI, "m1.small");
        advance(Duration.ofSeconds(60));

        assertThat(condition.holdsIn(observed())).as("the instance store one is still booting").isFalse();
        assertThat(condition("instance: {state: running}").holdsIn(observed())).as("the EBS one runs").isTrue();

        advance(Duration.ofMinutes(3));
        assertThat(condition.holdsIn(observed())).isTrue();
        assertThat(ebs).isNotEqualTo(instanceStore);
    }

    @Test
    void aListOfValuesMeansAnyOfThemAndCountMeansAtLeast() {
        launch(EBS_AMI, "t3.micro");
        assertThat(condition("instance: {state: [pending, running]}").holdsIn(observed())).isTrue();
        assertThat(condition("instance: {count: 2}").holdsIn(observed())).isFalse();

        launch(EBS_AMI, "t3.micro");
        assertThat(condition("instance: {count: 2, type: t3.micro}").holdsIn(observed())).isTrue();
    }

    @Test
    void noneHoldsOnlyWhileNothingMatches() {
        Condition nothingRuns = condition("no-instance: {state: [pending, running]}");
        assertThat(nothingRuns.holdsIn(observed())).isTrue();

        String id = launch(EBS_AMI, "t3.micro");
        assertThat(nothingRuns.holdsIn(observed())).isFalse();

        execute(PlaygroundCommand.TerminateInstances.of(id));
        advance(Duration.ofMinutes(1));
        assertThat(nothingRuns.holdsIn(observed())).isTrue();
        assertThat(condition("instance: {state: terminated}").holdsIn(observed())).isTrue();
    }

    @Test
    void aRefusalIsAnEventWithItsCode() {
        String id = launch(INSTANCE_STORE_AMI, "m1.small");
        advance(Duration.ofMinutes(4));
        Condition refusedStop = condition("event: {action: stop, outcome: refused, code: UnsupportedOperation}");
        assertThat(refusedStop.holdsIn(observed())).isFalse();

        execute(PlaygroundCommand.StopInstances.of(id));

        assertThat(refusedStop.holdsIn(observed())).isTrue();
        assertThat(condition("event: {action: stop, outcome: accepted}").holdsIn(observed())).isFalse();
    }

    @Test
    void stateChangesAreEventsFromAndToAndAnInstanceCanBeInAStateForAWhile() {
        String id = launch(EBS_AMI, "t3.micro");
        advance(Duration.ofMinutes(1));
        execute(PlaygroundCommand.StopInstances.of(id));
        advance(Duration.ofMinutes(1));

        assertThat(condition("event: {action: stop, from: running, to: stopping}").holdsIn(observed())).isTrue();
        assertThat(condition("event: {action: state-change, to: stopped}").holdsIn(observed())).isTrue();
        assertThat(condition("event: {to: stopped, root-device-type: ebs}").holdsIn(observed())).isTrue();
        assertThat(condition("instance: {state: stopped, for: 24h}").holdsIn(observed())).isFalse();

        advance(Duration.ofHours(24));
        assertThat(condition("instance: {state: stopped, for: 24h}").holdsIn(observed())).isTrue();
        assertThat(condition("instance: {state: stopped, for: 2d}").holdsIn(observed())).isFalse();
    }

    @Test
    void aTypeChangeIsSeenInTheEventAndOnTheInstance() {
        String id = launch(EBS_AMI, "t3.micro");
        advance(Duration.ofMinutes(1));
        execute(PlaygroundCommand.StopInstances.of(id));
        advance(Duration.ofMinutes(1));
        assertThat(condition("instance: {changed-type: true}").holdsIn(observed())).isFalse();

        execute(new PlaygroundCommand.ModifyInstanceType(id, "t3.medium"));

        assertThat(condition("event: {action: modify-instance-type, outcome: accepted, type: t3.medium}")
                .holdsIn(observed())).isTrue();
        assertThat(condition("instance: {changed-type: true, type: t3.medium}").holdsIn(observed())).isTrue();
    }

    @Test
    void protectionsAreFlagsOfTheInstance() {
        String id = launch(EBS_AMI, "t3.micro");
        Condition protectedOne = condition("instance: {termination-protection: true}");
        assertThat(protectedOne.holdsIn(observed())).isFalse();
        assertThat(condition("instance: {termination-protection: false}").holdsIn(observed())).isTrue();

        execute(new PlaygroundCommand.SetProtection(id, Protection.TERMINATION, true));

        assertThat(protectedOne.holdsIn(observed())).isTrue();
    }

    @Test
    void imagesOfYourOwnKnowHowTheyWereMadeAndInstancesKnowTheyCameFromOne() {
        String id = launch(EBS_AMI, "t3.micro");
        advance(Duration.ofMinutes(1));
        var image = playground.execute(LEARNER, new PlaygroundCommand.CreateImage(
                new CreateImageRequest(id, "my web server", "", true))).value();
        assertThat(condition("image: {made-by: create-image, state: pending}").holdsIn(observed())).isTrue();
        assertThat(condition("snapshot: {image-registered: true}").holdsIn(observed())).isTrue();
        assertThat(condition("instance: {from-own-ami: true}").holdsIn(observed())).isFalse();

        advance(Duration.ofMinutes(10));
        execute(new PlaygroundCommand.CopyImage(new CopyImageRequest(REGION, image.id(), "eu-west-1", "copy", "")));
        advance(Duration.ofMinutes(30));
        launch(image.id(), "t3.micro");

        assertThat(condition("image: {made-by: copy-image, region: eu-west-1, state: available}").holdsIn(observed()))
                .isTrue();
        assertThat(condition("image: {made-by: bundle-instance}").holdsIn(observed())).isFalse();
        assertThat(condition("instance: {from-own-ami: true}").holdsIn(observed())).isTrue();
    }

    @Test
    void volumesAreMatchedByStateAndType() {
        String id = launch(EBS_AMI, "t3.micro");
        assertThat(condition("volume: {state: in-use, type: gp3}").holdsIn(observed())).isTrue();

        execute(PlaygroundCommand.TerminateInstances.of(id));
        advance(Duration.ofMinutes(1));

        assertThat(condition("no-volume: {state: in-use}").holdsIn(observed())).isTrue();
    }

    @Test
    void whatTheSetupDidNeverCountsForAStep() {
        var setup = new ChallengeSetup(REGION, List.of(new ChallengeSetup.Launch(EBS_AMI, "t3.micro", 1, "web",
                org.amilab.simulator.InstanceState.STOPPED)));
        assertThat(setup.applyTo(playground, Actor.SETUP)).isEmpty();

        assertThat(condition("instance: {state: stopped}").holdsIn(observed())).isTrue();
        assertThat(condition("instance: {state: stopped, from-setup: false}").holdsIn(observed())).isFalse();
        assertThat(condition("event: {to: stopped}").holdsIn(observed())).as("the setup stopped it, not the learner")
                .isFalse();
        assertThat(condition("event: {action: launch}").holdsIn(observed())).isFalse();

        launch(EBS_AMI, "t3.micro");
        assertThat(condition("event: {action: launch, outcome: accepted}").holdsIn(observed())).isTrue();
    }

    private Condition condition(String yaml) {
        var problems = new ArrayList<ContentProblem>();
        YamlDocument doc = YamlDocument.parse(yaml, "test.yml", problems).orElseThrow();
        Condition condition = language.read(doc, doc.root(), "", problems).orElseThrow(() ->
                new AssertionError("not a condition: " + problems));
        assertThat(problems).isEmpty();
        return condition;
    }

    private String launch(String ami, String type) {
        List<Instance> launched = playground.execute(LEARNER, new PlaygroundCommand.RunInstances(
                LaunchRequest.of(REGION, ami, type))).value();
        return launched.get(0).id();
    }

    private void execute(PlaygroundCommand<?> command) {
        playground.execute(LEARNER, command);
    }

    private void advance(Duration step) {
        playground.execute(LEARNER, new PlaygroundCommand.AdvanceClock(step)).value();
    }

    private Observed observed() {
        playground.catchUp();
        return new Observed(playground.now(), playground.instances(), playground.myAmis(), playground.volumes(),
                playground.snapshots(), playground.events());
    }
}
