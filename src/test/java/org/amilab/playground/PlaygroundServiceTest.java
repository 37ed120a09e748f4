package org.amilab.playground;

import org.amilab.SignedInAs;
import static org.amilab.SignedInAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.amilab.AmiLabSpringTest;
import org.amilab.security.AccountService;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.ActionResult;
import org.amilab.simulator.Ami;
import org.amilab.simulator.BundleInstanceRequest;
import org.amilab.simulator.CopyImageRequest;
import org.amilab.simulator.CostCategory;
import org.amilab.simulator.CostSeries;
import org.amilab.simulator.CreateImageRequest;
import org.amilab.simulator.EventType;
import org.amilab.simulator.ImageBundle;
import org.amilab.simulator.ImageState;
import org.amilab.simulator.Instance;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.Money;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.Protection;
import org.amilab.simulator.TestCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@AmiLabSpringTest
@RecordApplicationEvents
class PlaygroundServiceTest {

    static final String PASSWORD = "juniper lantern morning";
    static final String NOT_FOUND = "InvalidInstanceID.NotFound";

    @Autowired
    PlaygroundService service;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEvents published;
    @Autowired
    StoredPlaygroundRepository playgrounds;
    @Autowired
    org.amilab.base.UserIds userIds;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithMockUser(username = "pg-ana", roles = "LEARNER")
    void eachActionIsCommittedAndTheNextOneStartsFromIt() {
        accounts.signUp("pg-ana", "Ana", PASSWORD);
        service.execute(new PlaygroundCommand.PauseClock());
        String web = launchOne();
        service.execute(new PlaygroundCommand.AdvanceClock(Duration.ofHours(1)));
        service.execute(PlaygroundCommand.StopInstances.of(web));
        service.execute(new PlaygroundCommand.AdvanceClock(Duration.ofMinutes(1)));
        service.execute(new PlaygroundCommand.ModifyInstanceType(web, "t3.medium"));
        service.execute(new PlaygroundCommand.SetProtection(web, Protection.TERMINATION, true));
        String image = service.execute(new PlaygroundCommand.CreateImage(CreateImageRequest.of(web, "ana-web"))).value().id();

        PlaygroundView view = service.view();

        Instance stored = view.instances().get(0);
        assertThat(stored.id()).isEqualTo(web);
        assertThat(stored.stateAt(view.simulatedNow())).isEqualTo(InstanceState.STOPPED);
        assertThat(stored.instanceType()).isEqualTo("t3.medium");
        assertThat(stored.terminationProtection()).isTrue();
        assertThat(view.myAmis()).extracting(a -> a.id()).containsExactly(image);
        assertThat(view.costsSoFar().total().amount()).isPositive();
        assertThat(view.clock().paused()).isTrue();
    }

    @Test
    @WithMockUser(username = "pg-ben", roles = "LEARNER")
    void aRefusalIsReturnedLoggedAndPublishedNotThrown() {
        accounts.signUp("pg-ben", "Ben", PASSWORD);
        String web = launchOne();
        service.execute(new PlaygroundCommand.SetProtection(web, Protection.TERMINATION, true));
        published.clear();

        ActionResult<?> refused = service.execute(PlaygroundCommand.TerminateInstances.of(web));

        assertThat(refused.isSuccess()).isFalse();
        assertThat(refused.error().code()).isEqualTo("OperationNotPermitted");
        PlaygroundEvent last = service.events().get(service.events().size() - 1);
        assertThat(last).extracting(PlaygroundEvent::type, PlaygroundEvent::targetId, PlaygroundEvent::result,
                PlaygroundEvent::errorCode).containsExactly(EventType.TERMINATE, web, PlaygroundEvent.REFUSED,
                "OperationNotPermitted");
        assertThat(publishedLines())
                .extracting(Published::username, Published::action,
                        Published::targetId, Published::errorCode,
                        Published::sequence)
                .containsExactly(tuple("pg-ben", EventType.TERMINATE, web, "OperationNotPermitted", last.sequence()));
        assertThat(service.view().instances()).extracting(i -> i.stateAt(service.view().simulatedNow()))
                .doesNotContain(InstanceState.SHUTTING_DOWN, InstanceState.TERMINATED);
    }

    @Test
    @WithMockUser(username = "pg-cleo", roles = "LEARNER")
    void everyLineAnActionLogsIsPublishedWithItsSimulatedTime() {
        accounts.signUp("pg-cleo", "Cleo", PASSWORD);
        service.execute(new PlaygroundCommand.PauseClock());
        String web = launchOne();
        published.clear();

        service.execute(new PlaygroundCommand.AdvanceClock(Duration.ofMinutes(5)));

        List<PlaygroundEvent> log = service.events();
        List<PlaygroundEvent> lines = log.subList(log.size() - 2, log.size());
        assertThat(lines).extracting(Published::actorOf, PlaygroundEvent::type, PlaygroundEvent::targetId,
                PlaygroundEvent::result).containsExactly(tuple("pg-cleo", EventType.ADVANCE_CLOCK, "clock", "+PT5M"),
                tuple("@ec2", EventType.STATE_CHANGE, web, "running"));
        assertThat(publishedLines()).extracting(Published::sequence,
                Published::actor, Published::simulatedAt)
                .containsExactly(tuple(lines.get(0).sequence(), "pg-cleo", lines.get(0).simulatedAt()),
                        tuple(lines.get(1).sequence(), "@ec2", lines.get(1).simulatedAt()));
    }

    @Test
    @WithMockUser(username = "pg-jo", roles = "LEARNER")
    void aViewShowsWhatBecameDueWithoutWritingAndTheNextActionWritesItAtItsTime() {
        accounts.signUp("pg-jo", "Jo", PASSWORD);
        service.execute(new PlaygroundCommand.SetClockSpeed(3600));
        String web = launchOne();
        long versionBefore = stored("pg-jo").orElseThrow().getVersion();
        // at 3600x the 40 s boot takes about 11 ms of real time; looking never writes, so it may be watched
        org.awaitility.Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            PlaygroundView now = service.view();
            return now.instances().get(0).stateAt(now.simulatedNow()) == InstanceState.RUNNING;
        });
        published.clear();

        PlaygroundView view = service.view();
        List<PlaygroundEvent> projected = service.events();

        PlaygroundEvent running = projected.get(projected.size() - 1);
        assertThat(running).extracting(Published::actorOf, PlaygroundEvent::type, PlaygroundEvent::targetId,
                PlaygroundEvent::result).containsExactly("@ec2", EventType.STATE_CHANGE, web, "running");
        assertThat(view.recentEvents()).last().isEqualTo(running);
        assertThat(view.instances()).singleElement()
                .satisfies(i -> assertThat(i.stateAt(view.simulatedNow())).isEqualTo(InstanceState.RUNNING));
        assertThat(stored("pg-jo").orElseThrow().getVersion()).as("nothing written")
                .isEqualTo(versionBefore);
        assertThat(publishedLines()).as("nothing committed, nothing told").isEmpty();

        service.execute(new PlaygroundCommand.PauseClock());

        List<PlaygroundEvent> stored = service.events();
        assertThat(stored).filteredOn(e -> e.type() == EventType.STATE_CHANGE).singleElement()
                .satisfies(e -> assertThat(e.simulatedAt()).as("at the moment the boot ended")
                        .isEqualTo(running.simulatedAt()))
                .extracting(PlaygroundEvent::sequence).isEqualTo(running.sequence());
        assertThat(publishedLines())
                .extracting(Published::action, Published::result)
                .containsExactly(tuple(EventType.STATE_CHANGE, "running"), tuple(EventType.PAUSE, "paused"));
    }

    @Test
    @WithMockUser(username = "pg-liv", roles = "LEARNER")
    void aLiveViewBringsTheChartsOnScreenFromTheSameLookAsTheView() {
        accounts.signUp("pg-liv", "Liv", PASSWORD);
        service.execute(new PlaygroundCommand.PauseClock());
        String web = launchOne();
        service.execute(new PlaygroundCommand.AdvanceClock(Duration.ofHours(5)));

        LiveView both = service.liveView(new ChartsOnScreen(true, java.util.Optional.of(web)));
        LiveView none = service.liveView(ChartsOnScreen.NONE);

        Instant now = both.view().simulatedNow();
        assertThat(both.view()).isEqualTo(service.view());
        assertThat(both.playgroundCosts()).isEqualTo(service.costSeries(now));
        assertThat(both.instanceCosts()).isEqualTo(service.costSeries(web, now)).isPresent();
        assertThat(both.playgroundCosts().orElseThrow().points()).last()
                .satisfies(point -> assertThat(point.at()).isEqualTo(now));
        assertThat(none.playgroundCosts()).isEmpty();
        assertThat(none.instanceCosts()).isEmpty();
    }

    @Test
    @WithMockUser(username = "pg-max", roles = "LEARNER")
    void theWholeLogCanBeReadBackAPageAtATime() {
        accounts.signUp("pg-max", "Max", PASSWORD);
        assertThat(service.eventsBefore(10, 5)).as("no playground yet").isEmpty();
        service.execute(new PlaygroundCommand.PauseClock());
        for (int i = 0; i < 119; i++) {
            service.execute(new PlaygroundCommand.AdvanceClock(Duration.ofMinutes(1)));
        }

        assertThat(service.eventsBefore(71, 50)).extracting(PlaygroundEvent::sequence)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(21, 70).boxed().toList());
        assertThat(service.eventsBefore(5, 50)).extracting(PlaygroundEvent::sequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(service.eventsBefore(1, 50)).isEmpty();
        assertThat(service.eventsBefore(500, 3)).extracting(PlaygroundEvent::sequence).containsExactly(118L, 119L, 120L);
    }

    @Test
    @WithMockUser(username = "pg-kit", roles = "LEARNER")
    void aViewWithNothingDueSavesNothing() {
        accounts.signUp("pg-kit", "Kit", PASSWORD);
        service.execute(new PlaygroundCommand.PauseClock());
        launchOne();
        List<PlaygroundEvent> before = service.events();
        published.clear();

        service.view();
        service.view();

        assertThat(service.events()).isEqualTo(before);
        assertThat(publishedLines()).isEmpty();
    }

    @Test
    @WithMockUser(username = "pg-lee", roles = "LEARNER")
    void bundlingAndCopyingAreSavedAsActionsOfTheirOwn() {
        accounts.signUp("pg-lee", "Lee", PASSWORD);
        service.execute(new PlaygroundCommand.PauseClock());
        String legacy = service.execute(new PlaygroundCommand.RunInstances(LaunchRequest.of(TestCatalog.US_EAST_1, TestCatalog.LEGACY_PV_INSTANCE_STORE.id(),
                "m1.small"))).value().get(0).id();
        service.execute(new PlaygroundCommand.AdvanceClock(Duration.ofHours(1)));

        Ami bundled = service.execute(new PlaygroundCommand.BundleInstance(BundleInstanceRequest.of(legacy, "lee-legacy"))).value();
        ActionResult<Ami> tooEarly = service.execute(new PlaygroundCommand.CopyImage(CopyImageRequest.of(bundled, TestCatalog.EU_CENTRAL_1, "lee-legacy")));
        service.execute(new PlaygroundCommand.AdvanceClock(Duration.ofHours(1)));
        Ami copy = service.execute(new PlaygroundCommand.CopyImage(CopyImageRequest.of(service.view().myAmis().get(0), TestCatalog.EU_CENTRAL_1,
                "lee-legacy"))).value();
        service.execute(new PlaygroundCommand.AdvanceClock(Duration.ofDays(1)));

        assertThat(tooEarly.error().code()).isEqualTo("InvalidAMIID.Unavailable");
        PlaygroundView view = service.view();
        assertThat(view.myAmis()).extracting(Ami::id, Ami::region, Ami::state).containsExactly(
                tuple(bundled.id(), TestCatalog.US_EAST_1, ImageState.AVAILABLE),
                tuple(copy.id(), TestCatalog.EU_CENTRAL_1, ImageState.AVAILABLE));
        assertThat(view.bundles()).extracting(ImageBundle::imageId).containsExactly(bundled.id(), copy.id());
        assertThat(view.costsSoFar().total(CostCategory.AMI_STORAGE).amount()).isPositive();
        assertThat(service.events()).filteredOn(e -> e.actor().username().equals("pg-lee"))
                .extracting(PlaygroundEvent::type, PlaygroundEvent::errorCode).contains(
                        tuple(EventType.BUNDLE_INSTANCE, ""), tuple(EventType.COPY_IMAGE, "InvalidAMIID.Unavailable"),
                        tuple(EventType.COPY_IMAGE, ""));

        String location = view.bundles().get(0).location();
        assertThat(service.execute(new PlaygroundCommand.DeleteBundle(location)).error().code()).isEqualTo("IncorrectState");
        service.execute(new PlaygroundCommand.DeregisterImage(bundled.id())).value();
        service.execute(new PlaygroundCommand.DeleteBundle(location)).value();
        assertThat(service.view().bundles()).extracting(ImageBundle::imageId).containsExactly(copy.id());
    }

    @Test
    void learnersSeeAndActOnlyOnTheirOwnPlayground() {
        accounts.signUp("pg-dana", "Dana", PASSWORD);
        accounts.signUp("pg-eli", "Eli", PASSWORD);
        String danas = as("pg-dana", this::launchOne);
        PlaygroundView dana = as("pg-dana", service::view);

        PlaygroundView eli = as("pg-eli", service::view);
        ActionResult<?> eliTerminates = as("pg-eli", () -> service.execute(PlaygroundCommand.TerminateInstances.of(danas)));
        ActionResult<?> eliRetypes = as("pg-eli", () -> service.execute(new PlaygroundCommand.ModifyInstanceType(danas, "t3.medium")));

        assertThat(eli.instances()).isEmpty();
        assertThat(eli.recentEvents()).isEmpty();
        assertThat(eli.accountId()).isNotEqualTo(dana.accountId());
        assertThat(eliTerminates.error().code()).isEqualTo(NOT_FOUND);
        assertThat(eliRetypes.error().code()).isEqualTo(NOT_FOUND);
        assertThat(as("pg-dana", service::view).instances()).singleElement()
                .satisfies(i -> assertThat(i.instanceType()).isEqualTo("t3.micro"))
                .satisfies(i -> assertThat(i.lastSegment().state()).isNotIn(InstanceState.SHUTTING_DOWN, InstanceState.TERMINATED));
        assertThat(as("pg-dana", service::events)).extracting(Published::actorOf).containsOnly("pg-dana");
    }

    @Test
    void costSeriesEndAtTheCostSoFarOfTheViewOnScreenAndStayWithTheirOwner() {
        accounts.signUp("pg-joy", "Joy", PASSWORD);
        accounts.signUp("pg-kip", "Kip", PASSWORD);
        String web = as("pg-joy", () -> {
            service.execute(new PlaygroundCommand.PauseClock());
            String id = launchOne();
            service.execute(new PlaygroundCommand.AdvanceClock(Duration.ofHours(2)));
            service.execute(PlaygroundCommand.StopInstances.of(id));
            service.execute(new PlaygroundCommand.AdvanceClock(Duration.ofDays(1)));
            return id;
        });
        PlaygroundView shown = as("pg-joy", service::view);

        CostSeries whole = as("pg-joy", () -> service.costSeries(shown.simulatedNow())).orElseThrow();
        CostSeries its = as("pg-joy", () -> service.costSeries(web, shown.simulatedNow())).orElseThrow();

        assertThat(whole.points()).hasSize(PlaygroundService.COST_POINTS);
        assertThat(whole.from()).isEqualTo(shown.startedAt());
        assertThat(whole.last().spent()).isEqualTo(shown.costsSoFar().byCategory());
        assertThat(its.last().total()).isEqualTo(shown.costsSoFar().forInstance(web)).isNotEqualTo(Money.ZERO);
        assertThat(as("pg-kip", () -> service.costSeries(web, shown.simulatedNow()))).isEmpty();
        assertThat(as("pg-kip", () -> service.costSeries(shown.simulatedNow()))).as("no playground yet").isEmpty();
        assertThat(as("pg-kip", service::events)).as("reading created no playground").isEmpty();
    }

    @Test
    void onlyTheOwnerMayLookAtAPlayground() {
        accounts.signUp("pg-fay", "Fay", PASSWORD);
        accounts.signUp("pg-gus", "Gus", PASSWORD);
        as("pg-fay", this::launchOne);

        PlaygroundKey fays = PlaygroundKey.freeOf(idOf("pg-fay"));
        assertThatThrownBy(() -> as("pg-gus", () -> service.viewOf(fays))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("pg-fay", () -> service.viewOf(fays)).instances()).hasSize(1);
        var access = new PlaygroundAccess(java.util.List.of(), java.util.List.of());
        assertThat(access.mayRead(new PlaygroundAccess.Viewer(idOf("pg-fay")), idOf("pg-fay"))).isTrue();
        assertThat(access.mayRead(new PlaygroundAccess.Viewer(idOf("pg-gus")), idOf("pg-fay"))).isFalse();
        assertThat(access.mayAct(new PlaygroundAccess.Viewer(idOf("pg-gus")), idOf("pg-fay"))).isFalse();
    }

    @Test
    void visitorsWhoHaveNotSignedInAreRefused() {
        assertRefusedToVisitors();
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertRefusedToVisitors();
    }

    private void assertRefusedToVisitors() {
        assertThatThrownBy(service::view).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(service::events).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.costSeries(Instant.now())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.costSeries("i-0123456789abcdef0", Instant.now()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.execute(new PlaygroundCommand.PauseClock())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(this::launchOne).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(service::reset).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "pg-hal", roles = "LEARNER")
    void resetThrowsThePlaygroundAwaySoTheNextUseStartsFresh() {
        accounts.signUp("pg-hal", "Hal", PASSWORD);
        launchOne();
        service.execute(new PlaygroundCommand.AdvanceClock(Duration.ofDays(3)));
        PlaygroundView before = service.view();

        service.reset();
        PlaygroundView after = service.view();

        assertThat(published.stream(PlaygroundReset.class)).singleElement().satisfies(reset -> {
            assertThat(reset.owner()).isEqualTo("pg-hal");
            assertThat(reset.ownerId()).isEqualTo(idOf("pg-hal"));
            assertThat(reset.playground()).isEqualTo(before.playground());
        });
        assertThat(after.playground()).as("a fresh playground, with an id of its own").isNotEqualTo(before.playground());
        assertThat(after.instances()).isEmpty();
        assertThat(after.recentEvents()).isEmpty();
        assertThat(service.events()).isEmpty();
        assertThat(after.costsSoFar().total().amount()).isZero();
        assertThat(after.startedAt()).isBefore(before.simulatedNow());
    }

    @Test
    @WithMockUser(username = "pg-ida", roles = "LEARNER")
    void resettingAPlaygroundThatWasNeverUsedChangesNothing() {
        accounts.signUp("pg-ida", "Ida", PASSWORD);

        service.reset();

        assertThat(published.stream(PlaygroundReset.class)).isEmpty();
        assertThat(service.events()).isEmpty();
    }

    @Test
    @WithMockUser(username = "pg-token", roles = "LEARNER")
    void aCommandSentAgainWithItsClientTokenIsAnsweredFromTheFirstTimeWithoutWriting() {
        accounts.signUp("pg-token", "Token", PASSWORD);
        service.execute(new PlaygroundCommand.PauseClock());
        var launch = new PlaygroundCommand.RunInstances(LaunchRequest.of(TestCatalog.US_EAST_1, TestCatalog.AL2023_X86.id(),
                "t3.micro"));
        var first = service.execute(launch, "wizard-1").value();
        long version = stored("pg-token").orElseThrow().getVersion();
        List<PlaygroundEvent> log = service.events();
        published.clear();

        var again = service.execute(launch, "wizard-1");

        assertThat(again.value()).isEqualTo(first);
        assertThat(service.view().instances()).as("launched once").hasSize(1);
        assertThat(service.events()).isEqualTo(log);
        assertThat(stored("pg-token").orElseThrow().getVersion()).isEqualTo(version);
        assertThat(publishedLines()).as("nothing happened, nothing told").isEmpty();
        assertThat(service.execute(new PlaygroundCommand.PauseClock(), "wizard-1").error().code())
                .isEqualTo("IdempotentParameterMismatch");
    }

    @Test
    @WithMockUser(username = "pg-dry", roles = "LEARNER")
    void aDryRunOfEveryCommandMakesItsChecksAndChangesNothing() {
        accounts.signUp("pg-dry", "Dry", PASSWORD);
        service.execute(new PlaygroundCommand.PauseClock());
        String web = launchOne();
        service.execute(new PlaygroundCommand.AdvanceClock(Duration.ofHours(1)));
        Ami image = service.execute(new PlaygroundCommand.CreateImage(new CreateImageRequest(web, "golden", "", true))).value();
        PlaygroundView before = service.view();
        List<PlaygroundEvent> logBefore = service.events();
        long versionBefore = stored("pg-dry").orElseThrow().getVersion();

        java.util.Map<PlaygroundCommand<?>, String> answers = new java.util.LinkedHashMap<>();
        List<PlaygroundCommand<?>> commands = List.of(
                new PlaygroundCommand.RunInstances(LaunchRequest.of(TestCatalog.US_EAST_1, TestCatalog.AL2023_X86.id(), "t3.micro")),
                new PlaygroundCommand.RunInstances(LaunchRequest.of(TestCatalog.US_EAST_1, "ami-xyz", "t3.micro")),
                PlaygroundCommand.StopInstances.of(web), PlaygroundCommand.StartInstances.of(web),
                PlaygroundCommand.RebootInstances.of(web), PlaygroundCommand.TerminateInstances.of(web),
                new PlaygroundCommand.ModifyInstanceType(web, "t3.medium"),
                new PlaygroundCommand.SetProtection(web, Protection.TERMINATION, true),
                new PlaygroundCommand.CreateImage(new CreateImageRequest(web, "second", "", true)),
                new PlaygroundCommand.BundleInstance(BundleInstanceRequest.of(web, "bundle")),
                new PlaygroundCommand.CopyImage(CopyImageRequest.of(image, TestCatalog.EU_CENTRAL_1, "copy")),
                new PlaygroundCommand.DeregisterImage(image.id()),
                new PlaygroundCommand.ModifyLaunchPermission(image.id(), org.amilab.simulator.LaunchPermissionChange.shareWith("210987654321")),
                new PlaygroundCommand.DeleteSnapshot(before.snapshots().get(0).id()),
                new PlaygroundCommand.DeleteBundle("no-such-bucket/no.manifest.xml"),
                new PlaygroundCommand.DeleteVolume(before.volumes().get(0).id()),
                new PlaygroundCommand.AdvanceClock(Duration.ofDays(1)), new PlaygroundCommand.SetClockSpeed(60),
                new PlaygroundCommand.ResumeClock(), new PlaygroundCommand.PauseClock(),
                new PlaygroundCommand.RunShellCommand(web, "sudo dnf install -y httpd"),
                new PlaygroundCommand.FailHost(web),
                new PlaygroundCommand.ImportImage(TestCatalog.US_EAST_1, "", new org.amilab.simulator.DiskImage("QCOW2",
                        "Debian 12", 8)),
                new PlaygroundCommand.ModifyLaunchPermission(image.id(), org.amilab.simulator.LaunchPermissionChange.makePublic()),
                new PlaygroundCommand.SetImageBlockPublicAccess(TestCatalog.US_EAST_1, false));
        commands.forEach(command -> answers.put(command, service.dryRun(command).code()));

        assertThat(answers.values()).as("every command answered").hasSize(commands.size());
        assertThat(answers.get(commands.get(0))).isEqualTo("DryRunOperation");
        assertThat(answers.get(commands.get(1))).isEqualTo("InvalidAMIID.Malformed");
        assertThat(answers.get(commands.get(2))).isEqualTo("DryRunOperation");
        assertThat(answers.get(commands.get(6))).as("type change while running").isEqualTo("IncorrectInstanceState");
        assertThat(answers.get(commands.get(9))).as("bundling an EBS-backed instance").isNotEqualTo("DryRunOperation");
        assertThat(answers.get(commands.get(13))).as("snapshot in use by the AMI").isEqualTo("InvalidSnapshot.InUse");
        assertThat(answers.get(commands.get(15))).as("attached volume").isEqualTo("VolumeInUse");
        assertThat(answers.get(commands.get(20))).as("a shell line on a running instance").isEqualTo("DryRunOperation");
        assertThat(answers.get(commands.get(21))).as("a host failure under it").isEqualTo("DryRunOperation");
        assertThat(answers.get(commands.get(22))).as("a format VM Import does not take").isEqualTo("InvalidParameterValue");
        assertThat(answers.get(commands.get(23))).as("block public access is on").isEqualTo("OperationNotPermitted");
        assertThat(answers.get(commands.get(24))).isEqualTo("DryRunOperation");
        assertThat(service.view()).as("nothing changed").isEqualTo(before);
        assertThat(service.events()).as("nothing logged").isEqualTo(logBefore);
        assertThat(stored("pg-dry").orElseThrow().getVersion()).isEqualTo(versionBefore);
        assertThat(service.dryRun(PlaygroundCommand.StopInstances.of(web)).message())
                .isEqualTo("Request would have succeeded, but DryRun flag is set.");
    }

    @Test
    void anAdminReadsAClassesSummariesInOneGoAndEachActionKeepsItsOwnerSummaryCurrent() {
        accounts.signUp("pg-sum-a", "Summary A", PASSWORD);
        accounts.signUp("pg-sum-b", "Summary B", PASSWORD);
        PlaygroundView a = SignedInAs.as("pg-sum-a", () -> {
            service.execute(new PlaygroundCommand.PauseClock());
            String first = launchOne();
            launchOne();
            service.execute(new PlaygroundCommand.AdvanceClock(Duration.ofHours(2)));
            service.execute(PlaygroundCommand.StopInstances.of(first));
            return service.view();
        });
        SignedInAs.as("pg-sum-b", () -> service.execute(new PlaygroundCommand.PauseClock()));

        List<PlaygroundSummary> summaries = asAdmin(() -> service.summariesOf(List.of(idOf("pg-sum-a"), idOf("pg-sum-b"),
                Long.MAX_VALUE)));

        assertThat(summaries).extracting(PlaygroundSummary::ownerId).containsExactly(idOf("pg-sum-a"), idOf("pg-sum-b"));
        PlaygroundSummary first = summaries.get(0);
        assertThat(first.running()).isEqualTo(1);
        assertThat(first.stopping()).isEqualTo(1);
        assertThat(first.pending() + first.stopped() + first.shuttingDown()).isZero();
        assertThat(first.spendSoFarUsd()).isEqualByComparingTo(a.costsSoFar().total().amount()).isPositive();
        assertThat(first.lastActivity()).isPresent();
        assertThat(summaries.get(1).running()).isZero();
        assertThatThrownBy(() -> SignedInAs.as("pg-sum-a", () -> service.summariesOf(List.of(idOf("pg-sum-b")))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var admin = SecurityContextHolder.createEmptyContext();
        admin.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated("admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        SecurityContextHolder.setContext(admin);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private String launchOne() {
        return service.execute(new PlaygroundCommand.RunInstances(LaunchRequest.of(TestCatalog.US_EAST_1, TestCatalog.AL2023_X86.id(), "t3.micro")))
                .value().get(0).id();
    }

    private long idOf(String username) {
        return userIds.idOf(username).orElseThrow();
    }

    private java.util.Optional<StoredPlayground> stored(String username) {
        return playgrounds.find(PlaygroundKey.freeOf(idOf(username)));
    }

    /** Every line of every action published, each with the owner of its playground. */
    private java.util.stream.Stream<Published> publishedLines() {
        return published.stream(PlaygroundEventsRecorded.class)
                .flatMap(recorded -> recorded.lines().stream().map(line -> new Published(recorded.owner(), line)));
    }

    record Published(String username, PlaygroundEvent line) {
        static String actorOf(PlaygroundEvent event) {
            return event.actor().username();
        }

        EventType action() {
            return line.type();
        }

        String targetId() {
            return line.targetId();
        }

        String result() {
            return line.result();
        }

        String errorCode() {
            return line.errorCode();
        }

        long sequence() {
            return line.sequence();
        }

        String actor() {
            return line.actor().username();
        }

        java.time.Instant simulatedAt() {
            return line.simulatedAt();
        }
    }
}
