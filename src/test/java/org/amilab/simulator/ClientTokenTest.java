package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.TestCatalog.ACME_MARKETPLACE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.amilab.simulator.TestCatalog.EU_WEST_1;
import static org.amilab.simulator.TestCatalog.LEGACY_PV_INSTANCE_STORE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.amilab.simulator.PlaygroundCommand.AdvanceClock;
import org.amilab.simulator.PlaygroundCommand.BundleInstance;
import org.amilab.simulator.PlaygroundCommand.CopyImage;
import org.amilab.simulator.PlaygroundCommand.CreateImage;
import org.amilab.simulator.PlaygroundCommand.CreateComponent;
import org.amilab.simulator.PlaygroundCommand.CreateImagePipeline;
import org.amilab.simulator.PlaygroundCommand.CreateImageRecipe;
import org.amilab.simulator.PlaygroundCommand.StartImagePipelineExecution;
import org.amilab.simulator.PlaygroundCommand.UpdateImagePipeline;
import org.amilab.simulator.PlaygroundCommand.DeleteBundle;
import org.amilab.simulator.PlaygroundCommand.DeleteSnapshot;
import org.amilab.simulator.PlaygroundCommand.DeleteVolume;
import org.amilab.simulator.PlaygroundCommand.DeregisterImage;
import org.amilab.simulator.PlaygroundCommand.FailHost;
import org.amilab.simulator.PlaygroundCommand.ImportImage;
import org.amilab.simulator.PlaygroundCommand.ModifyInstanceType;
import org.amilab.simulator.PlaygroundCommand.ModifyLaunchPermission;
import org.amilab.simulator.PlaygroundCommand.PauseClock;
import org.amilab.simulator.PlaygroundCommand.RebootInstances;
import org.amilab.simulator.PlaygroundCommand.ResumeClock;
import org.amilab.simulator.PlaygroundCommand.RunInstances;
import org.amilab.simulator.PlaygroundCommand.SetClockSpeed;
import org.amilab.simulator.PlaygroundCommand.SetImageBlockPublicAccess;
import org.amilab.simulator.PlaygroundCommand.SetProtection;
import org.amilab.simulator.PlaygroundCommand.RunShellCommand;
import org.amilab.simulator.PlaygroundCommand.StartInstances;
import org.amilab.simulator.PlaygroundCommand.StopInstances;
import org.amilab.simulator.PlaygroundCommand.TerminateInstances;
import org.junit.jupiter.api.Test;

/** EC2's ClientToken: the same request with the same token is answered once and done once. */
class ClientTokenTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;
    private final Set<Class<?>> tried = new HashSet<>();
    private int tokens;

    @Test
    void everyCommandSentAgainWithItsTokenAnswersAsTheFirstTimeAndChangesNothing() {
        once(new SetClockSpeed(60));
        once(new PauseClock());
        once(new ResumeClock());
        String web = once(new RunInstances(LaunchRequest.of(AL2023_X86.region(), AL2023_X86.id(), "t3.micro"))).get(0).id();
        once(new AdvanceClock(LifecycleDurations.EBS_BOOT));
        once(new RunShellCommand(web, "sudo dnf install -y httpd"));
        once(RebootInstances.of(web));
        once(new FailHost(web));
        once(new CreateImageRecipe(new ImageRecipeRequest(AL2023_X86.region(), "shop-web", "1.0.0", AL2023_X86.id(),
                List.of("apache-web-server"), 8)));
        once(new CreateComponent(new ComponentRequest("shop-page", "1.0.0", Platform.LINUX, "the home page",
                List.of("echo '<h1>Shop</h1>' | sudo tee /var/www/html/index.html"))));
        once(new CreateImagePipeline(new ImagePipelineRequest(AL2023_X86.region(), "shop-pipeline", "shop-web/1.0.0",
                "t3.micro", List.of(AL2023_X86.region()), List.of(), "shop {{imagebuilder:buildVersion}}", "", false)));
        once(new UpdateImagePipeline(new ImagePipelineRequest(AL2023_X86.region(), "shop-pipeline", "shop-web/1.0.0",
                "t3.medium", List.of(AL2023_X86.region()), List.of(), "shop {{imagebuilder:buildVersion}}",
                "cron(0 3 ? * mon *)", true)));
        once(new StartImagePipelineExecution(AL2023_X86.region(), "shop-pipeline"));
        once(new ImportImage(AL2023_X86.region(), "from the data center", new DiskImage("VMDK", "Debian 12", 8)));
        once(new SetProtection(web, Protection.STOP, true));
        once(new SetProtection(web, Protection.STOP, false));
        Ami golden = once(new CreateImage(new CreateImageRequest(web, "golden", "", true)));
        once(StopInstances.of(web));
        fixture.advance(Duration.ofHours(1));
        once(new ModifyInstanceType(web, "t3.medium"));
        once(StartInstances.of(web));
        Ami copy = once(new CopyImage(CopyImageRequest.of(playground.image(golden.id()).orElseThrow(), EU_WEST_1, "golden-eu")));
        once(new ModifyLaunchPermission(golden.id(), LaunchPermissionChange.shareWith("210987654321")));
        once(new SetImageBlockPublicAccess(golden.region(), false));
        fixture.advance(Duration.ofHours(2));
        once(new DeregisterImage(copy.id()));
        String copySnapshot = playground.snapshots().stream().filter(s -> s.imageId().equals(copy.id())).findFirst()
                .orElseThrow().id();
        once(new DeleteSnapshot(copySnapshot));
        String legacy = fixture.launch(LaunchRequest.of(LEGACY_PV_INSTANCE_STORE.region(), LEGACY_PV_INSTANCE_STORE.id(),
                "m1.small")).id();
        fixture.advance(LifecycleDurations.boot(RootDeviceType.INSTANCE_STORE));
        Ami bundled = once(new BundleInstance(BundleInstanceRequest.of(legacy, "legacy")));
        fixture.advance(Duration.ofHours(2));
        playground.deregisterImage(ALICE, bundled.id()).value();
        once(new DeleteBundle(playground.bundles().get(0).location()));
        String acme = fixture.running(ACME_MARKETPLACE, "t3.micro");
        once(TerminateInstances.of(acme));
        fixture.advance(LifecycleDurations.SHUTTING_DOWN);
        String kept = playground.volumes().stream().filter(v -> v.stateAt(fixture.now()) == VolumeState.AVAILABLE)
                .findFirst().orElseThrow().id();
        once(new DeleteVolume(kept));

        assertThat(tried).as("every kind of command").containsExactlyInAnyOrder(
                PlaygroundCommand.class.getPermittedSubclasses());
    }

    @Test
    void theSameTokenWithAnotherCommandIsRefusedAndDoesNothing() {
        String web = fixture.running(AL2023_X86, "t3.micro");
        playground.execute(ALICE, StopInstances.of(web), "stop-1").value();

        ActionResult<List<StateChange>> other = playground.execute(ALICE, RebootInstances.of(web), "stop-1");

        assertThat(other.error().code()).isEqualTo("IdempotentParameterMismatch");
        assertThat(other.error().message()).contains("stop-1");
        assertThat(playground.events()).last().satisfies(line -> {
            assertThat(line.type()).isEqualTo(EventType.REBOOT);
            assertThat(line.errorCode()).isEqualTo("IdempotentParameterMismatch");
        });
        assertThat(fixture.state(web)).isEqualTo(InstanceState.STOPPING);
    }

    @Test
    void aTokenOfMoreThan64CharactersOrNotAsciiIsRefused() {
        String web = fixture.running(AL2023_X86, "t3.micro");

        assertThat(playground.execute(ALICE, StopInstances.of(web), "x".repeat(65)).error().reason())
                .isEqualTo(Refusal.CLIENT_TOKEN_INVALID);
        assertThat(playground.execute(ALICE, StopInstances.of(web), "café").error().code())
                .isEqualTo("InvalidParameterValue");
        assertThat(playground.execute(ALICE, StopInstances.of(web), "x".repeat(64)).isSuccess()).isTrue();
    }

    @Test
    void aRefusedRequestIsNotRememberedSoItsTokenWorksOnceTheRequestCan() {
        String web = fixture.launch(AL2023_X86, "t3.micro").id();
        assertThat(playground.execute(ALICE, new ModifyInstanceType(web, "t3.medium"), "retype").error().code())
                .isEqualTo("IncorrectInstanceState");
        fixture.advance(LifecycleDurations.EBS_BOOT);
        playground.stop(ALICE, web).value();
        fixture.advance(LifecycleDurations.STOPPING);

        assertThat(playground.execute(ALICE, new ModifyInstanceType(web, "t3.medium"), "retype").isSuccess()).isTrue();
        assertThat(fixture.instance(web).instanceType()).isEqualTo("t3.medium");
    }

    @Test
    void onlyTheNewestHundredTokensAreKept() {
        for (int n = 0; n <= Playground.REMEMBERED_TOKENS; n++) {
            playground.execute(ALICE, new AdvanceClock(Duration.ofMinutes(1)), "step-" + n).value();
        }
        assertThat(playground.state().clientTokens()).hasSize(Playground.REMEMBERED_TOKENS)
                .extracting(ClientTokenUse::token).doesNotContain("step-0").contains("step-1", "step-100");
        int lines = playground.events().size();

        playground.execute(ALICE, new AdvanceClock(Duration.ofMinutes(1)), "step-100").value();

        assertThat(playground.events()).as("still remembered").hasSize(lines);
    }

    /** Sends the command twice with a new token: the second answer is the first, and nothing else happens. */
    private <T> T once(PlaygroundCommand<T> command) {
        String token = "token-" + tokens++;
        ActionResult<T> first = playground.execute(ALICE, command, token);
        assertThat(first.isSuccess()).as("%s goes ahead", command).isTrue();
        PlaygroundState after = playground.state();

        ActionResult<T> again = playground.execute(ALICE, command, token);

        assertThat(again.value()).as("the first answer to %s", command).isEqualTo(first.value());
        assertThat(playground.state()).as("nothing changed by sending %s again", command).isEqualTo(after);
        tried.add(command.getClass());
        return first.value();
    }
}
