package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.amilab.simulator.TestCatalog.EU_WEST_1;
import static org.amilab.simulator.TestCatalog.US_EAST_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Image Builder pipelines: a run builds, tests and distributes in simulated time, on instances the learner pays for. */
class ImagePipelineTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;

    private void recipe(String version, String webServer) {
        playground.createImageRecipe(ALICE, new ImageRecipeRequest(US_EAST_1, "web", version, AL2023_X86.id(),
                List.of(webServer, "web-server-answers/1.0.0"), 8)).value();
    }

    private ImagePipelineRequest pipeline(String recipe, String schedule, boolean onlyIfChanged) {
        return new ImagePipelineRequest(US_EAST_1, "web-pipeline", recipe, "t3.micro", List.of(US_EAST_1, EU_WEST_1),
                List.of("210987654321"), "web {{imagebuilder:buildDate}}", schedule, onlyIfChanged);
    }

    private ImageBuild run() {
        return playground.startImagePipelineExecution(ALICE, US_EAST_1, "web-pipeline").value();
    }

    private ImageBuild build(String reference) {
        return playground.imageBuilds().stream().filter(b -> b.reference().equals(reference)).findFirst().orElseThrow();
    }

    @Test
    void aFailingTestFailsTheImageAndNothingIsDistributedButTheInstancesAreCharged() {
        recipe("1.0.0", "apache-web-server/1.0.0");
        playground.createImagePipeline(ALICE, pipeline("web/1.0.0", "", false)).value();

        ImageBuild started = run();

        assertThat(started.reference()).isEqualTo("web/1.0.0/1");
        assertThat(started.statusAt(fixture.now())).isEqualTo(ImageBuild.Status.BUILDING);
        assertThat(playground.instance(started.buildInstanceId())).get().extracting(Instance::name)
                .isEqualTo("Build instance for web/1.0.0/1");
        fixture.advance(Duration.ofMinutes(15));
        assertThat(build("web/1.0.0/1").statusAt(fixture.now())).isEqualTo(ImageBuild.Status.TESTING);
        assertThat(fixture.state(started.buildInstanceId())).isEqualTo(InstanceState.TERMINATED);
        assertThat(fixture.state(started.testInstanceId())).isEqualTo(InstanceState.RUNNING);

        fixture.advance(Duration.ofMinutes(30));

        ImageBuild failed = build("web/1.0.0/1");
        assertThat(failed.statusAt(fixture.now())).isEqualTo(ImageBuild.Status.FAILED);
        assertThat(failed.failure()).get().satisfies(failure -> {
            assertThat(failure.phase()).isEqualTo(BuilderComponent.Phase.TEST);
            assertThat(failure.reason()).contains("systemctl is-active httpd").contains("web-server-answers/1.0.0");
        });
        assertThat(failed.logAt(fixture.now())).extracting(ImageBuild.LogLine::exitCode).containsExactly(0, 3);
        assertThat(playground.myAmis()).isEmpty();
        assertThat(fixture.state(started.testInstanceId())).isEqualTo(InstanceState.TERMINATED);
        CostBreakdown costs = playground.costsSoFar();
        assertThat(costs.forInstance(started.buildInstanceId()).amount()).isGreaterThan(BigDecimal.ZERO);
        assertThat(costs.forInstance(started.testInstanceId()).amount()).isGreaterThan(BigDecimal.ZERO);
    }

    @Test
    void aPassingBuildIsInMyAmisOfEveryTargetRegionWithItsConfigurationAndBuildNumbersCount() {
        recipe("1.0.0", "apache-web-server/1.0.0");
        playground.createImagePipeline(ALICE, pipeline("web/1.0.0", "", false)).value();
        run();
        fixture.advance(Duration.ofHours(1));
        recipe("1.0.1", "apache-web-server/1.1.0");
        playground.updateImagePipeline(ALICE, pipeline("web/1.0.1", "", false)).value();

        run();
        fixture.advance(Duration.ofMinutes(20));
        assertThat(build("web/1.0.1/1").statusAt(fixture.now())).isEqualTo(ImageBuild.Status.TESTING);
        fixture.advance(Duration.ofMinutes(3));
        assertThat(build("web/1.0.1/1").statusAt(fixture.now())).isEqualTo(ImageBuild.Status.DISTRIBUTING);
        assertThat(playground.myAmis()).extracting(Ami::state).containsOnly(ImageState.PENDING);
        fixture.advance(Duration.ofMinutes(10));

        ImageBuild built = build("web/1.0.1/1");
        assertThat(built.statusAt(fixture.now())).isEqualTo(ImageBuild.Status.AVAILABLE);
        assertThat(playground.myAmis()).extracting(Ami::region).containsExactly(US_EAST_1, EU_WEST_1);
        assertThat(playground.myAmis()).allSatisfy(ami -> {
            assertThat(ami.state()).isEqualTo(ImageState.AVAILABLE);
            assertThat(ami.software().packages()).contains("httpd");
            assertThat(ami.software().enabledServices()).contains("httpd");
            assertThat(ami.launchPermission().userIds()).containsExactly("210987654321");
            assertThat(ami.name()).startsWith("web ");
        });
        assertThat(playground.snapshots()).extracting(Snapshot::region).contains(US_EAST_1, EU_WEST_1);
        assertThat(playground.myImages()).extracting(OwnedAmi::madeFrom)
                .containsOnly("Image Builder pipeline web-pipeline (web/1.0.1/1)");

        Ami inIreland = playground.myAmis().get(1);
        String launched = fixture.running(inIreland, "t3.micro");
        assertThat(fixture.instance(launched).software().runningServices()).contains("httpd");

        run();
        fixture.advance(Duration.ofHours(1));
        assertThat(build("web/1.0.1/2").statusAt(fixture.now())).isEqualTo(ImageBuild.Status.AVAILABLE);
        assertThat(playground.myAmis()).hasSize(4);
    }

    @Test
    void aRecipeWithoutTestComponentsIsDistributedUntestedWithoutATestInstance() {
        playground.createImageRecipe(ALICE, new ImageRecipeRequest(US_EAST_1, "web", "1.0.0", AL2023_X86.id(),
                List.of("apache-web-server/1.0.0"), 8)).value();
        playground.createImagePipeline(ALICE, pipeline("web/1.0.0", "", false)).value();

        ImageBuild started = run();
        fixture.advance(Duration.ofMinutes(30));

        ImageBuild built = build("web/1.0.0/1");
        assertThat(built.tested()).isFalse();
        assertThat(built.statusAt(fixture.now())).isEqualTo(ImageBuild.Status.AVAILABLE);
        assertThat(playground.instance(started.testInstanceId())).isEmpty();
        assertThat(playground.myAmis()).hasSize(2).allSatisfy(ami -> assertThat(ami.software().packages()).contains("httpd"));
        assertThat(playground.events()).extracting(PlaygroundEvent::detail)
                .filteredOn(EventDetail.ImageBuildAdvanced.class::isInstance)
                .extracting(d -> ((EventDetail.ImageBuildAdvanced) d).to())
                .containsExactly(ImageBuild.Status.DISTRIBUTING, ImageBuild.Status.AVAILABLE);
    }

    @Test
    void eachWrongSettingIsNamedAndNothingHalfMadeIsKept() {
        recipe("1.0.0", "apache-web-server/1.1.0");
        ImagePipelineRequest good = pipeline("web/1.0.0", "", false);

        assertThat(createWith(good, "web/2.0.0", "t3.micro", List.of(US_EAST_1), List.of(), "web {{imagebuilder:buildDate}}",
                "").code()).isEqualTo("ResourceNotFoundException");
        assertThat(createWith(good, "web/1.0.0", "t9.huge", List.of(US_EAST_1), List.of(), "web {{imagebuilder:buildDate}}",
                "").message()).contains("t9.huge");
        assertThat(createWith(good, "web/1.0.0", "t3.micro", List.of(), List.of(), "web {{imagebuilder:buildDate}}", "")
                .message()).contains("at least one target region");
        assertThat(createWith(good, "web/1.0.0", "t3.micro", List.of("mars-north-1"), List.of(),
                "web {{imagebuilder:buildDate}}", "").message()).contains("mars-north-1");
        assertThat(createWith(good, "web/1.0.0", "t3.micro", List.of(US_EAST_1), List.of("12345"),
                "web {{imagebuilder:buildDate}}", "").message()).contains("'12345' is not an AWS account id");
        assertThat(createWith(good, "web/1.0.0", "t3.micro", List.of(US_EAST_1), List.of(), "web", "").message())
                .contains("include {{imagebuilder:buildDate}}");
        assertThat(createWith(good, "web/1.0.0", "t3.micro", List.of(US_EAST_1), List.of(), "web {{imagebuilder:date}}", "")
                .message()).contains("'{{imagebuilder:date}}' is not a placeholder");
        assertThat(createWith(good, "web/1.0.0", "t3.micro", List.of(US_EAST_1), List.of(), "web: {{imagebuilder:buildDate}}",
                "").message()).contains("expanded, it reads 'web: 19700101000000'");
        assertThat(createWith(good, "web/1.0.0", "t3.micro", List.of(US_EAST_1), List.of(), "web {{imagebuilder:buildDate}}",
                "every day").message()).contains("'every day' is invalid").contains("cron(0 9 * * ? *)");
        assertThat(createWith(good, "web/1.0.0", "t3.micro", List.of(US_EAST_1), List.of(), "web {{imagebuilder:buildDate}}",
                "cron(0 9 * * *)").message()).contains("it has 5 fields");
        assertThat(createWith(good, "web/1.0.0", "t3.micro", List.of(US_EAST_1), List.of(), "web {{imagebuilder:buildDate}}",
                "cron(*/5 * * * ? *)").message()).contains("at most once an hour");
        assertThat(createWith(good, "web/1.0.0", "t3.micro", List.of(US_EAST_1), List.of(), "web {{imagebuilder:buildDate}}",
                "cron(0 25 * * ? *)").code()).isEqualTo("InvalidParameterValueException");
        assertThat(playground.imagePipelines()).isEmpty();

        playground.createImagePipeline(ALICE, good).value();
        assertThat(playground.createImagePipeline(ALICE, good).error().code()).isEqualTo("ResourceAlreadyExistsException");
        assertThat(playground.updateImagePipeline(ALICE, new ImagePipelineRequest(US_EAST_1, "other", "web/1.0.0", "t3.micro",
                List.of(US_EAST_1), List.of(), "x {{imagebuilder:buildVersion}}", "", false)).error().code())
                .isEqualTo("ResourceNotFoundException");
        assertThat(playground.startImagePipelineExecution(ALICE, US_EAST_1, "other").error().code())
                .isEqualTo("ResourceNotFoundException");
    }

    private Ec2Error createWith(ImagePipelineRequest base, String recipe, String type, List<String> regions,
                                List<String> shared, String amiName, String schedule) {
        return playground.createImagePipeline(ALICE, new ImagePipelineRequest(base.region(), base.name(), recipe, type,
                regions, shared, amiName, schedule, false)).error();
    }

    @Test
    void aScheduleRunsInSimulatedTimeAndOnlyIfChangedSkipsRunsWithNothingNew() {
        recipe("1.0.0", "apache-web-server/1.1.0");
        playground.createImagePipeline(ALICE, pipeline("web/1.0.0", "cron(0 9 * * ? *)", true)).value();

        fixture.advance(Duration.ofDays(3));

        assertThat(playground.imageBuilds()).extracting(ImageBuild::reference).containsExactly("web/1.0.0/1");
        assertThat(playground.imageBuilds().get(0).trigger()).isEqualTo(ImageBuild.Trigger.SCHEDULED);
        assertThat(playground.imageBuilds().get(0).startedAt().toString()).endsWith("T09:00:00Z");
        assertThat(playground.events()).extracting(PlaygroundEvent::detail)
                .filteredOn(EventDetail.ImageBuildSkipped.class::isInstance).hasSize(2)
                .allSatisfy(d -> assertThat(((EventDetail.ImageBuildSkipped) d).reason())
                        .contains("neither the parent image nor a component changed since web/1.0.0/1"));

        playground.updateImagePipeline(ALICE, pipeline("web/1.0.0", "cron(0 9 * * ? *)", false)).value();
        fixture.advance(Duration.ofDays(2));
        assertThat(playground.imageBuilds()).extracting(ImageBuild::reference)
                .containsExactly("web/1.0.0/1", "web/1.0.0/2", "web/1.0.0/3");
    }

    private ActionResult<BuilderComponent> component(String version, String... steps) {
        return playground.createComponent(ALICE, new ComponentRequest("shop-page", version, Platform.LINUX,
                "the shop's home page", List.of(steps)));
    }

    @Test
    void aLearnersComponentIsMadeOfShellLinesNeverChangesAndIsCheckedFieldByField() {
        BuilderComponent made = component("1.0.0", "sudo dnf install -y httpd", "  ",
                "echo '<h1>Shop</h1>' | sudo tee /var/www/html/index.html").value();

        assertThat(made.phase()).isEqualTo(BuilderComponent.Phase.BUILD);
        assertThat(made.steps()).as("blank lines are left out").hasSize(2);
        assertThat(playground.myComponents()).containsExactly(made);
        assertThat(component("1.0.0", "sudo dnf install -y git").error().code()).isEqualTo("ResourceAlreadyExistsException");
        assertThat(playground.createComponent(ALICE, new ComponentRequest("apache-web-server", "1.1.0", Platform.LINUX, "",
                List.of("true"))).error().code()).as("a shipped version").isEqualTo("ResourceAlreadyExistsException");
        assertThat(component("1.0", "true").error().message()).contains("'1.0'");
        assertThat(component("1.0.1", " ", "").error().message()).contains("no steps");
        assertThat(component("1.0.1", java.util.Collections.nCopies(51, "true").toArray(String[]::new)).error().message())
                .contains("51 steps");
        assertThat(playground.createComponent(ALICE, new ComponentRequest("shop!", "1.0.1", Platform.LINUX, "",
                List.of("true"))).error().message()).contains("'shop!'");
        assertThat(playground.myComponents()).containsExactly(made);
    }

    @Test
    void aRecipeWithXxxBuildsTheNewestComponentAndOnlyIfChangedNoticesANewVersion() {
        component("1.0.0", "sudo dnf install -y httpd", "sudo systemctl enable --now httpd");
        ImageRecipe recipe = playground.createImageRecipe(ALICE, new ImageRecipeRequest(US_EAST_1, "web", "1.0.0",
                AL2023_X86.id(), List.of("shop-page/x.x.x", "web-server-answers/1.0.0"), 8)).value();
        assertThat(recipe.components()).extracting(ImageRecipe.ComponentRef::toString)
                .containsExactly("shop-page/x.x.x", "web-server-answers/1.0.0");
        playground.createImagePipeline(ALICE, pipeline("web/1.0.0", "cron(0 9 * * ? *)", true)).value();
        fixture.advance(Duration.ofDays(2));
        assertThat(playground.imageBuilds()).hasSize(1);
        assertThat(playground.imageBuilds().get(0).components()).containsExactly("shop-page/1.0.0", "web-server-answers/1.0.0");

        component("1.1.0", "sudo dnf install -y httpd", "sudo systemctl enable --now httpd",
                "echo '<h1>Shop 1.1</h1>' | sudo tee /var/www/html/index.html");
        fixture.advance(Duration.ofDays(1).plusHours(1));

        assertThat(playground.imageBuilds()).extracting(ImageBuild::reference).containsExactly("web/1.0.0/1", "web/1.0.0/2");
        ImageBuild second = build("web/1.0.0/2");
        assertThat(second.components()).containsExactly("shop-page/1.1.0", "web-server-answers/1.0.0");
        assertThat(second.statusAt(fixture.now())).isEqualTo(ImageBuild.Status.AVAILABLE);
        assertThat(second.outputs().get(0).software().files()).extracting(ConfiguredFile::content)
                .anySatisfy(content -> assertThat(content).contains("Shop 1.1"));
    }

    @Test
    void aRecipeOnTheLatestAmazonLinuxParameterRebuildsWhenAwsPublishesANewerImage() {
        String latest = LatestAmazonLinux.PREFIX + "x86_64";
        ImageRecipe recipe = playground.createImageRecipe(ALICE, new ImageRecipeRequest(US_EAST_1, "web", "1.0.0", latest,
                List.of("apache-web-server/1.1.0"), 8)).value();
        assertThat(recipe.parentImageId()).isEqualTo(latest);
        playground.createImagePipeline(ALICE, pipeline("web/1.0.0", "cron(0 9 * * ? *)", true)).value();
        fixture.advance(Duration.ofDays(2));
        assertThat(playground.imageBuilds()).singleElement().extracting(ImageBuild::parentImageId)
                .isEqualTo(AL2023_X86.id());

        Ami patched = new Ami("ami-0ffee0123456789ab", "al2023-ami-2023.10.20260105.0-kernel-6.1-x86_64",
                "Amazon Linux 2023 AMI 2023.10 x86_64", US_EAST_1, AmiSource.QUICK_START, Platform.LINUX,
                "Amazon Linux 2023", Architecture.X86_64, RootDeviceType.EBS, "/dev/xvda", VirtualizationType.HVM, 8,
                ImageState.AVAILABLE, "137112412989", "amazon", true, AL2023_X86.blockDeviceMappings(),
                LaunchPermission.PUBLIC, java.math.BigDecimal.ZERO, SoftwareConfiguration.NONE);
        var amis = new java.util.ArrayList<>(TestCatalog.AMIS);
        amis.add(patched);
        var newerCatalog = new SimulatorEnvironment(new Catalog(TestCatalog.REGIONS, TestCatalog.INSTANCE_TYPES, amis,
                TestCatalog.SOFTWARE), TestCatalog.PRICES, Instant.MIN, fixture.realClock, new java.util.Random(5), List.of(),
                TestCatalog.COMPONENTS);
        Playground later = Playground.restore(newerCatalog, playground.state());
        later.advanceClock(ALICE, Duration.ofDays(1).plusHours(1)).value();

        assertThat(later.imageBuilds()).extracting(ImageBuild::parentImageId).containsExactly(AL2023_X86.id(), patched.id());
        assertThat(LatestAmazonLinux.byRelease("al2023-ami-2023.10.20260105.0", "al2023-ami-2023.9.20251117.0")).isPositive();
    }

    @Test
    void aScheduledRunFoundByAReadIsTheRunTheNextActionWritesDown() {
        recipe("1.0.0", "apache-web-server/1.1.0");
        playground.createImagePipeline(ALICE, pipeline("web/1.0.0", "cron(0 9 * * ? *)", false)).value();
        PlaygroundState before = playground.state();
        fixture.realClock.advance(Duration.ofDays(1));

        Playground projected = Playground.restore(fixture.environment(11), before);
        projected.catchUp();
        Playground written = Playground.restore(fixture.environment(12), before);
        written.advanceClock(ALICE, Duration.ofSeconds(1)).value();

        assertThat(written.imageBuilds()).hasSize(1);
        assertThat(projected.imageBuilds()).extracting(ImageBuild::buildInstanceId, ImageBuild::testInstanceId)
                .containsExactlyElementsOf(written.imageBuilds().stream()
                        .map(b -> org.assertj.core.groups.Tuple.tuple(b.buildInstanceId(), b.testInstanceId())).toList());
    }
}
