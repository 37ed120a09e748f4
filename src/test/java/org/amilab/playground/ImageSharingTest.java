package org.amilab.playground;

import static org.amilab.SignedInAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.amilab.AmiLabSpringTest;
import org.amilab.security.AccountService;
import org.amilab.simulator.Ami;
import org.amilab.simulator.CreateImageRequest;
import org.amilab.simulator.ImageState;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.LaunchPermissionChange;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.TestCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** AMIs shared between learners' playgrounds through a table of their own, never by reading another's playground. */
@AmiLabSpringTest
class ImageSharingTest {

    private static final String PASSWORD = "juniper lantern morning";

    @Autowired
    PlaygroundService playgrounds;
    @Autowired
    ImageSharing sharing;
    @Autowired
    AccountService accounts;

    /** The owner launches, configures and captures a web server; the image is available when this returns. */
    private Ami goldenImageOf(String owner) {
        return as(owner, () -> {
            String web = playgrounds.execute(new PlaygroundCommand.RunInstances(
                    LaunchRequest.of(TestCatalog.US_EAST_1, TestCatalog.AL2023_X86.id(), "t3.micro"))).value().get(0).id();
            playgrounds.execute(new PlaygroundCommand.AdvanceClock(Duration.ofMinutes(5)));
            playgrounds.execute(new PlaygroundCommand.RunShellCommand(web, "sudo dnf install -y httpd")).value();
            Ami image = playgrounds.execute(new PlaygroundCommand.CreateImage(
                    new CreateImageRequest(web, "shop-golden", "<b>not markup</b>", false))).value();
            playgrounds.execute(new PlaygroundCommand.AdvanceClock(Duration.ofHours(1)));
            return image;
        });
    }

    private void signUp(String... usernames) {
        for (String username : usernames) {
            accounts.signUp(username, username, PASSWORD);
        }
    }

    @Test
    void everyLearnerHasOneAccountIdAndTheirFreePlaygroundIsThatAccount() {
        signUp("sh-ida");

        String id = as("sh-ida", sharing::myAccountId);

        assertThat(id).matches("\\d{12}");
        assertThat(as("sh-ida", sharing::myAccountId)).as("asked again").isEqualTo(id);
        assertThat(as("sh-ida", playgrounds::view).accountId()).isEqualTo(id);
    }

    @Test
    void anAmiSharedWithAnAccountIdIsLaunchedThereWithItsConfigurationAndGoesWhenDeregistered() {
        signUp("sh-own", "sh-get", "sh-not");
        String getter = as("sh-get", sharing::myAccountId);
        Ami golden = goldenImageOf("sh-own");
        assertThat(as("sh-get", playgrounds::view).sharedWithMe()).isEmpty();

        as("sh-own", () -> playgrounds.execute(new PlaygroundCommand.ModifyLaunchPermission(golden.id(),
                LaunchPermissionChange.shareWith(getter))).value());

        List<Ami> seen = as("sh-get", playgrounds::view).sharedWithMe();
        assertThat(seen).singleElement().satisfies(ami -> {
            assertThat(ami.id()).isEqualTo(golden.id());
            assertThat(ami.state()).isEqualTo(ImageState.AVAILABLE);
            assertThat(ami.description()).isEqualTo("<b>not markup</b>");
        });
        assertThat(as("sh-not", playgrounds::view).sharedWithMe()).as("a third learner").isEmpty();
        String launched = as("sh-get", () -> playgrounds.execute(new PlaygroundCommand.RunInstances(
                LaunchRequest.of(TestCatalog.US_EAST_1, golden.id(), "t3.micro"))).value().get(0).id());
        as("sh-get", () -> playgrounds.execute(new PlaygroundCommand.AdvanceClock(Duration.ofMinutes(5))));
        assertThat(as("sh-get", () -> playgrounds.execute(new PlaygroundCommand.RunShellCommand(launched,
                "dnf list installed"))).value().output()).contains("httpd");
        assertThat(as("sh-not", () -> playgrounds.execute(new PlaygroundCommand.RunInstances(
                LaunchRequest.of(TestCatalog.US_EAST_1, golden.id(), "t3.micro")))).error().code())
                .isEqualTo("InvalidAMIID.NotFound");

        as("sh-own", () -> playgrounds.execute(new PlaygroundCommand.DeregisterImage(golden.id())).value());

        assertThat(as("sh-get", playgrounds::view).sharedWithMe()).isEmpty();
        var getterView = as("sh-get", playgrounds::view);
        assertThat(getterView.instances()).singleElement()
                .satisfies(i -> assertThat(i.stateAt(getterView.simulatedNow())).isEqualTo(InstanceState.RUNNING));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAmiFirstSharedThenMadePublicAndUnsharedIsListedForTheAdmin() {
        signUp("sh-seq", "sh-seq-friend");
        String friend = as("sh-seq-friend", sharing::myAccountId);
        Ami golden = goldenImageOf("sh-seq");
        as("sh-seq", () -> playgrounds.execute(new PlaygroundCommand.SetImageBlockPublicAccess(golden.region(), false))
                .value());
        for (LaunchPermissionChange change : List.of(LaunchPermissionChange.shareWith(friend),
                LaunchPermissionChange.makePublic(), LaunchPermissionChange.unshareWith(friend))) {
            as("sh-seq", () -> playgrounds.execute(new PlaygroundCommand.ModifyLaunchPermission(golden.id(), change)).value());
        }

        assertThat(sharing.publicImages()).extracting(image -> image.ami().id()).contains(golden.id());
        assertThat(as("sh-seq-friend", playgrounds::view).sharedWithMe()).extracting(Ami::id).containsExactly(golden.id());
    }

    @Test
    void anInvalidAccountIdIsRefusedWithEc2sErrorAndNothingIsShared() {
        signUp("sh-bad");
        Ami golden = goldenImageOf("sh-bad");

        var refused = as("sh-bad", () -> playgrounds.execute(new PlaygroundCommand.ModifyLaunchPermission(golden.id(),
                LaunchPermissionChange.shareWith("12345"))));

        assertThat(refused.error().code()).isEqualTo("InvalidAMIAttributeItemValue");
        assertThat(as("sh-bad", playgrounds::view).myAmis()).singleElement()
                .satisfies(ami -> assertThat(ami.launchPermission().userIds()).isEmpty());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aPublicAmiIsInEveryonesCommunityUntilAnAdminTakesItDownForGood() {
        signUp("sh-pub", "sh-see", "sh-friend");
        String friend = as("sh-friend", sharing::myAccountId);
        Ami golden = goldenImageOf("sh-pub");
        assertThat(as("sh-pub", () -> playgrounds.execute(new PlaygroundCommand.ModifyLaunchPermission(golden.id(),
                LaunchPermissionChange.makePublic()))).error().code()).as("blocked, as in a new account")
                .isEqualTo("OperationNotPermitted");
        as("sh-pub", () -> playgrounds.execute(new PlaygroundCommand.SetImageBlockPublicAccess(golden.region(), false))
                .value());
        as("sh-pub", () -> playgrounds.execute(new PlaygroundCommand.ModifyLaunchPermission(golden.id(),
                LaunchPermissionChange.makePublic())).value());
        as("sh-pub", () -> playgrounds.execute(new PlaygroundCommand.ModifyLaunchPermission(golden.id(),
                LaunchPermissionChange.shareWith(friend))).value());
        assertThat(as("sh-see", playgrounds::view).sharedWithMe()).extracting(Ami::id).containsExactly(golden.id());
        assertThatThrownBy(() -> as("sh-see", sharing::publicImages)).isInstanceOf(AccessDeniedException.class);

        ImageSharing.PublicImage listed = sharing.publicImages().stream()
                .filter(image -> image.ami().id().equals(golden.id())).findFirst().orElseThrow();
        sharing.takeDown(listed.id());

        assertThat(as("sh-see", playgrounds::view).sharedWithMe()).isEmpty();
        assertThat(as("sh-friend", playgrounds::view).sharedWithMe()).as("shared by id still").hasSize(1);
        assertThat(as("sh-pub", playgrounds::view).myAmis()).as("the owner keeps it").hasSize(1);
        assertThat(as("sh-pub", playgrounds::view).takenDown()).as("and is told").containsKey(golden.id());
        assertThat(as("sh-see", playgrounds::view).takenDown()).isEmpty();
        as("sh-pub", () -> playgrounds.execute(new PlaygroundCommand.ModifyLaunchPermission(golden.id(),
                LaunchPermissionChange.makePrivate())).value());
        as("sh-pub", () -> playgrounds.execute(new PlaygroundCommand.ModifyLaunchPermission(golden.id(),
                LaunchPermissionChange.makePublic())).value());
        assertThat(as("sh-see", playgrounds::view).sharedWithMe()).as("public again, still taken down").isEmpty();
        assertThat(sharing.publicImages()).filteredOn(image -> image.ami().id().equals(golden.id()))
                .singleElement().satisfies(image -> assertThat(image.takenDownAt()).isPresent());
    }
}
