package org.amilab.playground;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.amilab.playground.ResourcesJson.Resources;
import org.amilab.simulator.Ami;
import org.amilab.simulator.BundleInstanceRequest;
import org.amilab.simulator.CopyImageRequest;
import org.amilab.simulator.CreateImageRequest;
import org.amilab.simulator.Instance;
import org.amilab.simulator.LaunchPermissionChange;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.Playground;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.PlaygroundFixture;
import org.amilab.simulator.PlaygroundState;
import org.amilab.simulator.PriceBook;
import org.amilab.simulator.PriceHistory;
import org.amilab.simulator.Protection;
import org.amilab.simulator.TestCatalog;
import org.junit.jupiter.api.Test;

class ResourcesJsonTest {

    /** Stored by the first release of the playground, before instances had names and AMIs could be bundled. */
    private static final String BEFORE_BUNDLES = "resources-v3.json";
    private static final String GOLDEN = "resources-v4.json";
    /** Stored since V10: with remembered client tokens and the price books a playground was billed with. */
    private static final String WITH_TOKENS_AND_PRICES = "resources-v10.json";

    @Test
    void everyKindOfResourceComesBackEqual() {
        Resources resources = Resources.of(aBusyPlayground().playground.state());

        assertThat(ResourcesJson.read(ResourcesJson.write(resources))).isEqualTo(resources);
    }

    @Test
    void aConfiguredInstanceAndTheImageThatCapturedItComeBackEqualAndAnUnconfiguredOneStoresNoSoftware() {
        var fixture = new org.amilab.simulator.PlaygroundFixture();
        String web = fixture.running(org.amilab.simulator.TestCatalog.AL2023_X86, "t3.micro");
        String plain = fixture.running(org.amilab.simulator.TestCatalog.AL2023_X86, "t3.micro");
        var alice = org.amilab.simulator.PlaygroundFixture.ALICE;
        fixture.playground.runShellCommand(alice, web, "sudo dnf install -y httpd && sudo systemctl enable --now httpd");
        fixture.playground.runShellCommand(alice, web, "echo '<h1>Shop</h1>' | sudo tee /var/www/html/index.html");
        fixture.playground.createImage(alice, new org.amilab.simulator.CreateImageRequest(web, "shop", "", true));
        fixture.playground.failHost(alice, web).value();
        fixture.playground.setImageBlockPublicAccess(alice, "us-east-1", false).value();
        fixture.playground.createImageRecipe(alice, new org.amilab.simulator.ImageRecipeRequest("us-east-1", "shop-web",
                "1.0.0", org.amilab.simulator.TestCatalog.AL2023_X86.id(), java.util.List.of("apache-web-server"), 8)).value();
        fixture.playground.importImage(alice, "us-east-1", "wiki", new org.amilab.simulator.DiskImage("OVA", "FreeBSD 14", 8))
                .value();
        Resources resources = Resources.of(fixture.playground.state());

        String json = ResourcesJson.write(resources);

        assertThat(ResourcesJson.read(json)).isEqualTo(resources);
        assertThat(json).contains("\"shellHistory\":[\"sudo dnf install -y httpd && sudo systemctl enable --now httpd\"")
                .contains("\"path\":\"/var/www/html/index.html\"").contains("\"hostFailedAt\":\"")
                .contains("\"publicSharingRegions\":[\"us-east-1\"]").contains("\"failure\":\"ClientError: Unknown OS")
                .contains("\"components\":[\"apache-web-server/1.1.0\"]");
        int plainAt = json.indexOf("\"id\":\"" + plain + "\"");
        assertThat(json.substring(plainAt, json.indexOf("}]", json.indexOf("\"history\"", plainAt))))
                .doesNotContain("software\":{").doesNotContain("shellHistory").doesNotContain("hostFailedAt");
    }

    @Test
    void pipelinesAndTheirImagesComeBackEqualFailedPassedAndScheduled() {
        var fixture = new org.amilab.simulator.PlaygroundFixture();
        var alice = org.amilab.simulator.PlaygroundFixture.ALICE;
        var playground = fixture.playground;
        for (String[] recipe : new String[][] {{"1.0.0", "apache-web-server/1.0.0"}, {"1.0.1", "apache-web-server/1.1.0"}}) {
            playground.createImageRecipe(alice, new org.amilab.simulator.ImageRecipeRequest("us-east-1", "web", recipe[0],
                    org.amilab.simulator.TestCatalog.AL2023_X86.id(), java.util.List.of(recipe[1], "web-server-answers"), 8))
                    .value();
        }
        var request = new org.amilab.simulator.ImagePipelineRequest("us-east-1", "web", "web/1.0.0", "t3.micro",
                java.util.List.of("us-east-1", "eu-west-1"), java.util.List.of("210987654321"),
                "web {{imagebuilder:buildVersion}}", "cron(0 3 ? * mon *)", true);
        playground.createImagePipeline(alice, request).value();
        playground.startImagePipelineExecution(alice, "us-east-1", "web").value();
        fixture.advance(java.time.Duration.ofHours(1));
        playground.updateImagePipeline(alice, new org.amilab.simulator.ImagePipelineRequest("us-east-1", "web", "web/1.0.1",
                "t3.micro", request.targetRegions(), request.sharedWith(), request.amiName(), "", false)).value();
        playground.startImagePipelineExecution(alice, "us-east-1", "web").value();
        fixture.advance(java.time.Duration.ofMinutes(10));
        Resources resources = Resources.of(playground.state());

        String json = ResourcesJson.write(resources);

        assertThat(ResourcesJson.read(json)).isEqualTo(resources);
        assertThat(resources.builds()).hasSize(2);
        assertThat(json).contains("\"failedIn\":\"TEST\"").contains("\"recipe\":\"web/1.0.1\"")
                .contains("\"command\":\"systemctl is-active httpd\"");
    }

    @Test
    void pricesAreStoredAsDecimalText() {
        String json = ResourcesJson.write(Resources.of(aBusyPlayground().playground.state()));

        assertThat(json).as("the Marketplace instance is folded by now: its software cost is settled")
                .containsPattern("\"software\":0\\.\\d{10}[,}]").doesNotContain("E-");
    }

    /**
     * The stored shapes are our own (StoredResources), so a simulator record can change without this
     * test noticing; a change to a stored shape makes it fail first, so that change comes with a
     * default for what older documents lack, or a Flyway migration of the documents, and a new golden file.
     */
    @Test
    void theStoredShapeHasNotChanged() throws IOException {
        String golden = golden(GOLDEN);

        assertThat(ResourcesJson.write(ResourcesJson.read(golden))).isEqualTo(golden);
        assertThat(ResourcesJson.read(golden).bundles()).hasSize(2);
        assertThat(ResourcesJson.read(golden).instances()).extracting(Instance::name).contains("web server");
    }

    @Test
    void aStateReasonIsStoredWhereThereIsOneAndLeftOutWhereThereIsNone() {
        var fixture = new org.amilab.simulator.PlaygroundFixture();
        String stopped = fixture.stopped(org.amilab.simulator.TestCatalog.AL2023_X86, "t3.micro");
        Resources resources = Resources.of(fixture.playground.state());

        String json = ResourcesJson.write(resources);

        assertThat(ResourcesJson.read(json)).isEqualTo(resources);
        assertThat(json).containsOnlyOnce("\"state\":\"STOPPING\"").contains("Client.UserInitiatedShutdown")
                .doesNotContain("\"code\":\"\"");
        assertThat(ResourcesJson.read(json).instances()).singleElement().satisfies(instance -> assertThat(
                instance.stateReasonAt(fixture.playground.now()).code()).isEqualTo("Client.UserInitiatedShutdown"))
                .extracting(Instance::id).isEqualTo(stopped);
    }

    @Test
    void aDocumentStoredBeforeNamesAndBundlesExistedStillReadsAsHavingNone() throws IOException {
        String old = golden(BEFORE_BUNDLES);

        Resources read = ResourcesJson.read(old);

        assertThat(read.bundles()).isEmpty();
        assertThat(read.images()).isNotEmpty();
        assertThat(read.instances()).isNotEmpty().allSatisfy(instance -> assertThat(instance.name()).isEmpty());
        String unnamed = old.replaceAll("(\"id\":\"i-[0-9a-f]+\")", "$1,\"name\":\"\"");
        assertThat(ResourcesJson.write(read)).isEqualTo(unnamed.substring(0, unnamed.length() - 1) + ",\"bundles\":[]}");
    }

    @Test
    void thePriceBooksAPlaygroundWasBilledWithComeBackInTheirOrderAsPlainDecimals() {
        PlaygroundFixture fixture = aBusyPlayground();
        PriceBook edited = TestCatalog.edited(TestCatalog.PRICES, "2026-12", Map.of("t3.micro", new BigDecimal("0.0208")));
        Playground repriced = fixture.repricedNow(edited).playground;
        PlaygroundState state = repriced.state();

        String json = ResourcesJson.write(Resources.of(state));
        Resources read = ResourcesJson.read(json);

        assertThat(state.prices().epochs()).hasSize(2);
        assertThat(read.priceHistory(TestCatalog.PRICES, state.startedAt())).isEqualTo(state.prices());
        assertThat(json).contains("\"t3.micro\":0.0208").contains("\"gp3\":0.08").doesNotContain("E-");
    }

    /** Were the stored book not equal to the one it was read from, every load would see a price change that never happened. */
    @Test
    void theShippedPriceBookReadsBackEqualFromAStoredDocument() {
        PriceBook shipped = org.amilab.content.ShippedExplanations.prices();
        Instant start = Instant.parse("2025-11-26T09:00:00Z");
        PlaygroundFixture fixture = aBusyPlayground();
        PlaygroundState state = fixture.playground.state();
        PlaygroundState shippedPrices = new PlaygroundState(state.accountId(), state.settings(), state.startedAt(),
                state.clock(), state.instances(), state.volumes(), state.images(), state.snapshots(), state.bundles(),
                state.events(), state.clientTokens(), state.settled(), PriceHistory.of(shipped, start));

        Resources read = ResourcesJson.read(ResourcesJson.write(Resources.of(shippedPrices)));

        assertThat(read.priceHistory(TestCatalog.PRICES, start).latest()).isEqualTo(shipped);
    }

    @Test
    void aDocumentStoredBeforePricesWereKeptIsBilledAtTheBookInForceFromItsStart() throws IOException {
        Resources old = ResourcesJson.read(golden(GOLDEN));
        Instant start = Instant.parse("2025-11-26T09:00:00Z");

        assertThat(old.priceHistory(TestCatalog.PRICES, start)).isEqualTo(PriceHistory.of(TestCatalog.PRICES, start));
    }

    @Test
    void aDocumentThatBreaksASimulatorRuleIsRefusedOnLoad() {
        String broken = ResourcesJson.write(Resources.of(aBusyPlayground().playground.state()))
                .replaceFirst("\"rootSizeGiB\":\\d+", "\"rootSizeGiB\":0");

        assertThatThrownBy(() -> ResourcesJson.read(broken)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rootSizeGiB");
    }

    @Test
    void rememberedClientTokensComeBackWithTheirCommandAndAnswerOfEveryType() {
        Playground playground = aBusyPlaygroundWithClientTokens().playground;
        Resources resources = Resources.of(playground.state());

        String json = ResourcesJson.write(resources);
        Resources read = ResourcesJson.read(json);

        assertThat(ResourcesJson.write(read)).isEqualTo(json);
        assertThat(read.tokenUses()).isEqualTo(playground.state().clientTokens()).hasSize(7);
    }

    /**
     * Remembered client tokens hold the simulator's records as they answered, and a playground
     * billed with two price books keeps both: this pins both shapes as this version stores them.
     */
    @Test
    void aDocumentWithClientTokensAndTwoPriceBooksKeepsItsShape() throws IOException {
        String golden = golden(WITH_TOKENS_AND_PRICES);

        Resources read = ResourcesJson.read(golden);

        assertThat(ResourcesJson.write(read)).isEqualTo(golden);
        assertThat(read.tokenUses()).hasSize(7);
        assertThat(read.priceHistory(TestCatalog.PRICES, Instant.EPOCH).epochs()).hasSize(2)
                .extracting(epoch -> epoch.prices().asOf()).containsExactly("2025-11", "2026-12");
        assertThat(golden).as("a segment without a reason leaves the key out, in answers too")
                .doesNotContain("\"code\":\"\"");
    }

    static PlaygroundFixture aBusyPlaygroundWithClientTokens() {
        PlaygroundFixture fixture = aBusyPlayground();
        var playground = fixture.playground;
        var state = playground.state();
        String web = state.instances().get(0).id();
        String leftOver = playground.volumes().stream()
                .filter(v -> v.stateAt(fixture.now()) == org.amilab.simulator.VolumeState.AVAILABLE).findFirst()
                .orElseThrow().id();
        String bundledImage = playground.bundles().get(0).imageId();
        playground.execute(ALICE, new PlaygroundCommand.RunInstances(LaunchRequest.of(TestCatalog.AL2023_X86.region(),
                TestCatalog.AL2023_X86.id(), "t3.micro").withName("spare")), "run").value();
        playground.execute(ALICE, PlaygroundCommand.StartInstances.of(web), "start").value();
        playground.execute(ALICE, new PlaygroundCommand.SetProtection(web, Protection.STOP, true), "protect").value();
        playground.execute(ALICE, new PlaygroundCommand.DeregisterImage(bundledImage), "deregister").value();
        playground.execute(ALICE, new PlaygroundCommand.DeleteBundle(playground.bundles().get(0).location()), "bundle")
                .value();
        playground.execute(ALICE, new PlaygroundCommand.DeleteVolume(leftOver), "volume").value();
        playground.execute(ALICE, new PlaygroundCommand.AdvanceClock(Duration.ofHours(3)), "advance").value();
        return fixture;
    }

    /**
     * Instances of both root device types, a Marketplace price, segments, own AMIs (created, bundled,
     * copied), a left-over volume.
     */
    static PlaygroundFixture aBusyPlayground() {
        PlaygroundFixture fixture = new PlaygroundFixture();
        String web = fixture.launch(LaunchRequest.of(TestCatalog.AL2023_X86.region(), TestCatalog.AL2023_X86.id(),
                "t3.micro").withName("web server")).id();
        fixture.advance(Duration.ofMinutes(2));
        fixture.launch(TestCatalog.ACME_MARKETPLACE, "t3.micro");
        String legacy = fixture.running(TestCatalog.LEGACY_PV_INSTANCE_STORE, "m3.medium");
        fixture.playground.stop(ALICE, web).value();
        fixture.advance(Duration.ofMinutes(5));
        String image = fixture.playground.createImage(ALICE, CreateImageRequest.of(web, "web-golden")).value().id();
        fixture.playground.modifyLaunchPermission(ALICE, image, LaunchPermissionChange.shareWith("210987654321")).value();
        fixture.playground.setProtection(ALICE, legacy, Protection.TERMINATION, true).value();
        Ami bundled = fixture.playground.bundleInstance(ALICE, BundleInstanceRequest.of(legacy, "legacy-golden")).value();
        fixture.playground.terminate(ALICE, fixture.playground.state().instances().get(1).id()).value();
        fixture.advance(Duration.ofDays(1));
        fixture.playground.copyImage(ALICE, CopyImageRequest.of(fixture.playground.image(bundled.id()).orElseThrow(),
                TestCatalog.EU_CENTRAL_1, "legacy-golden")).value();
        fixture.playground.copyImage(ALICE, CopyImageRequest.of(fixture.playground.image(image).orElseThrow(),
                TestCatalog.EU_CENTRAL_1, "web-golden")).value();
        fixture.advance(Duration.ofHours(1));
        return fixture;
    }

    private String golden(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
