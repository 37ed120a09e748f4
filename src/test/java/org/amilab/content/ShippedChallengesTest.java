package org.amilab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.amilab.simulator.Actor;
import org.amilab.simulator.Ami;
import org.amilab.simulator.BlockDeviceMapping;
import org.amilab.simulator.BundleInstanceRequest;
import org.amilab.simulator.CopyImageRequest;
import org.amilab.simulator.CreateImageRequest;
import org.amilab.simulator.EbsBlockDevice;
import org.amilab.simulator.Instance;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.Playground;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.PlaygroundSettings;
import org.amilab.simulator.Protection;
import org.amilab.simulator.SimulatorEnvironment;
import org.amilab.simulator.VolumeType;
import org.junit.jupiter.api.Test;

/**
 * Every shipped challenge can be done: its solution, played as simulator commands the playground
 * page sends, ticks its steps one by one, in order, and no step ticks before its own action.
 */
class ShippedChallengesTest {

    private static final LoadedContent SHIPPED = new ContentLoader().load(ContentFiles.folder(ContentFixture.SHIPPED));
    private static final Actor LEARNER = new Actor("learner");
    private static final String AL2023_X86 = "ami-0a4c123b1612dd272";
    private static final String AL2023_ARM_US = "ami-0fe228f219e9cb0eb";
    private static final String AL2023_ARM_FRANKFURT = "ami-08dbc74254770f589";
    private static final String INSTANCE_STORE = "ami-0b3ce107f80e222f8";

    @Test
    void everyHandsOnLessonHasAChallengeThatIsPlayedHere() {
        assertThat(SHIPPED.challenges().keySet()).containsExactlyInAnyOrder("why-amis", "what-is-an-ami",
                "choosing-an-ami", "ami-sources", "instance-store-vs-ebs", "instance-lifecycle", "creating-your-own-ami",
                "key-takeaways");
    }

    @Test
    void whyAmis() {
        var run = new Run("why-amis");
        String server = run.named("reporting-server");
        run.advance(Duration.ofMinutes(1));
        run.execute(new PlaygroundCommand.RunShellCommand(server, "sudo dnf install -y httpd"));
        run.stepsDone(0);
        run.execute(new PlaygroundCommand.RunShellCommand(server, "sudo systemctl enable --now httpd"));
        run.stepsDone(1);
        String image = run.createImage(server, false);
        run.advance(Duration.ofMinutes(30));
        run.stepsDone(2);
        run.launch(LaunchRequest.of("us-east-1", image, "t3.micro").withCount(3));
        run.stepsDone(2);
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(3);
        run.execute(new PlaygroundCommand.FailHost(server));
        run.stepsDone(4);
        run.execute(PlaygroundCommand.TerminateInstances.of(server));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(5);
        run.launch(LaunchRequest.of("us-east-1", image, "t3.micro").withName("reporting-server"));
        run.stepsDone(5);
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(6);
    }

    @Test
    void whatIsAnAmi() {
        var run = new Run("what-is-an-ami");
        String original = run.launch(LaunchRequest.of("us-east-1", AL2023_X86, "t3.micro")
                .withMapping(BlockDeviceMapping.ebs("/dev/sdf", EbsBlockDevice.blank(20, VolumeType.GP3, true))));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(1);
        String image = run.createImage(original, false);
        run.advance(Duration.ofMinutes(30));
        run.stepsDone(2);
        run.launch(LaunchRequest.of("us-east-1", image, "t3.micro"));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(3);
        run.execute(PlaygroundCommand.TerminateInstances.of(original));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(4);
    }

    @Test
    void choosingAnAmi() {
        var run = new Run("choosing-an-ami");
        String graviton = run.launch(LaunchRequest.of("eu-central-1", AL2023_ARM_FRANKFURT, "t4g.micro"));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(1);
        run.execute(PlaygroundCommand.StopInstances.of(graviton));
        run.advance(Duration.ofMinutes(1));
        run.execute(new PlaygroundCommand.ModifyInstanceType(graviton, "t4g.medium"));
        run.execute(PlaygroundCommand.StartInstances.of(graviton));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(2);
        run.launch(LaunchRequest.of("us-east-1", AL2023_X86, "t3.micro"));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(3);
        run.launch(LaunchRequest.of("us-east-1", "ami-040f1f836f99eee36", "m1.small"));
        run.advance(Duration.ofMinutes(5));
        run.stepsDone(4);
    }

    @Test
    void amiSources() {
        var run = new Run("ami-sources");
        String quickStart = run.launch(LaunchRequest.of("us-east-1", AL2023_X86, "t3.micro"));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(1);
        run.createImage(quickStart, false);
        run.advance(Duration.ofMinutes(30));
        run.stepsDone(2);
        String marketplace = run.launch(LaunchRequest.of("us-east-1", "ami-081584d8c4fa2815d", "t3.micro"));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(3);
        run.launch(LaunchRequest.of("ap-northeast-1", "ami-02bd818319478da6b", "t3.micro"));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(4);
        run.execute(PlaygroundCommand.TerminateInstances.of(marketplace));
        run.advance(Duration.ofMinutes(1));
        // the hardened image keeps a data volume after termination, and the step asks for nothing left billed
        run.playground.volumes().stream().filter(v -> v.stateAt(run.playground.now()).apiName().equals("available"))
                .forEach(v -> run.execute(new PlaygroundCommand.DeleteVolume(v.id())));
        run.stepsDone(5);
    }

    @Test
    void instanceStoreVsEbs() {
        var run = new Run("instance-store-vs-ebs");
        String instanceStore = run.launch(LaunchRequest.of("us-east-1", INSTANCE_STORE, "m1.small"));
        run.advance(Duration.ofMinutes(4));
        run.stepsDone(1);
        run.execute(PlaygroundCommand.StopInstances.of(instanceStore));
        run.stepsDone(2);
        String ebs = run.named("ebs-backed-web");
        run.execute(PlaygroundCommand.StopInstances.of(ebs));
        run.advance(Duration.ofMinutes(1));
        run.execute(new PlaygroundCommand.ModifyInstanceType(ebs, "t3.medium"));
        run.stepsDone(3);
        run.execute(PlaygroundCommand.TerminateInstances.of(instanceStore));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(4);
    }

    @Test
    void instanceLifecycle() {
        var run = new Run("instance-lifecycle");
        String demo = run.launch(LaunchRequest.of("us-east-1", AL2023_X86, "t3.micro").withName("lifecycle-demo")
                .withTerminationProtection(true));
        run.stepsDone(0);
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(1);
        run.execute(PlaygroundCommand.RebootInstances.of(demo));
        run.stepsDone(2);
        run.execute(PlaygroundCommand.StopInstances.of(demo));
        run.advance(Duration.ofHours(1));
        run.stepsDone(2);
        run.advance(Duration.ofHours(24));
        run.stepsDone(3);
        run.execute(PlaygroundCommand.StartInstances.of(demo));
        run.advance(Duration.ofMinutes(1));
        run.execute(PlaygroundCommand.TerminateInstances.of(demo));
        run.stepsDone(4);
        run.execute(new PlaygroundCommand.SetProtection(demo, Protection.TERMINATION, false));
        run.execute(PlaygroundCommand.TerminateInstances.of(demo));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(5);
    }

    @Test
    void creatingYourOwnAmi() {
        var run = new Run("creating-your-own-ami");
        String image = run.createImage(run.named("shop-web"), true);
        run.stepsDone(1);
        run.advance(Duration.ofMinutes(30));
        run.stepsDone(2);
        String copy = run.playground.execute(LEARNER, new PlaygroundCommand.CopyImage(new CopyImageRequest("us-east-1",
                image, "eu-central-1", "shop-web-eu", ""))).value().id();
        run.advance(Duration.ofMinutes(30));
        run.stepsDone(3);
        run.launch(LaunchRequest.of("eu-central-1", copy, "t3.micro"));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(4);
    }

    @Test
    void keyTakeaways() {
        var run = new Run("key-takeaways");
        String api = run.named("api-server");
        String legacy = run.named("legacy-batch");
        run.execute(PlaygroundCommand.StopInstances.of(api));
        run.execute(PlaygroundCommand.StopInstances.of(legacy));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(1);
        run.execute(new PlaygroundCommand.ModifyInstanceType(api, "t4g.medium"));
        run.execute(PlaygroundCommand.StartInstances.of(api));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(2);
        String apiImage = run.createImage(api, false);
        run.playground.execute(LEARNER, new PlaygroundCommand.BundleInstance(BundleInstanceRequest.of(legacy, "legacy-batch")))
                .value();
        run.advance(Duration.ofHours(2));
        run.stepsDone(3);
        String copy = run.playground.execute(LEARNER, new PlaygroundCommand.CopyImage(new CopyImageRequest("us-east-1",
                apiImage, "eu-central-1", "api-server-eu", ""))).value().id();
        run.advance(Duration.ofMinutes(30));
        run.launch(LaunchRequest.of("eu-central-1", copy, "t4g.micro"));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(4);
        run.execute(PlaygroundCommand.TerminateInstances.of(legacy));
        run.advance(Duration.ofMinutes(1));
        run.stepsDone(5);
    }

    /** A challenge's playground as its setup leaves it, and the learner's commands on it. */
    private static final class Run {

        final Challenge challenge;
        final Playground playground;
        int done;

        Run(String id) {
            challenge = SHIPPED.challenges().get(id);
            var environment = new SimulatorEnvironment(SHIPPED.catalog(), SHIPPED.prices(),
                    Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC), new Random(5));
            playground = Playground.create(environment, "310987654321", PlaygroundSettings.DEFAULT);
            assertThat(challenge.setup().applyTo(playground, Actor.SETUP)).isEmpty();
            stepsDone(0);
        }

        String launch(LaunchRequest request) {
            List<Instance> launched = playground.execute(LEARNER, new PlaygroundCommand.RunInstances(request)).value();
            return launched.get(0).id();
        }

        String createImage(String instanceId, boolean noReboot) {
            Ami image = playground.execute(LEARNER, new PlaygroundCommand.CreateImage(
                    new CreateImageRequest(instanceId, "image of " + instanceId, "", noReboot))).value();
            return image.id();
        }

        void execute(PlaygroundCommand<?> command) {
            playground.execute(LEARNER, command);
        }

        void advance(Duration step) {
            playground.execute(LEARNER, new PlaygroundCommand.AdvanceClock(step)).value();
        }

        String named(String name) {
            return playground.instances().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().id();
        }

        /** The steps done now, checked as the challenge page checks them: in order, and a done step stays done. */
        void stepsDone(int expected) {
            playground.catchUp();
            Observed observed = new Observed(playground.now(), playground.instances(), playground.myAmis(),
                    playground.volumes(), playground.snapshots(), playground.events());
            done = challenge.stepsDone(done, observed);
            assertThat(done).as(challenge.id() + ": steps done").isEqualTo(expected);
        }
    }
}
