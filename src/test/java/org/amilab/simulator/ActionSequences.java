package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random learner sessions for property tests: actions on random instances between random clock advances. */
final class ActionSequences {

    static final List<Ami> IMAGES = List.of(TestCatalog.AL2023_X86, TestCatalog.AL2023_ARM, TestCatalog.ACME_MARKETPLACE,
            TestCatalog.FEDORA_PV_EBS, TestCatalog.LEGACY_PV_INSTANCE_STORE, TestCatalog.CENTOS_HVM_INSTANCE_STORE);
    static final List<String> TYPES = TestCatalog.INSTANCE_TYPES.stream().map(InstanceType::name).toList();
    static final List<String> INSTANCE_STORE_TYPES = TestCatalog.INSTANCE_TYPES.stream()
            .filter(InstanceType::supportsInstanceStoreRoot).map(InstanceType::name).toList();

    private ActionSequences() {
    }

    /** One thing the learner does. Actions aimed at an instance pick one by index among those launched. */
    interface Step extends Consumer<PlaygroundFixture> {
    }

    record Launch(int image, int type, Optional<Integer> rootSize) implements Step {
        @Override
        public void accept(PlaygroundFixture fixture) {
            Ami ami = IMAGES.get(image % IMAGES.size());
            LaunchRequest request = LaunchRequest.of(ami.region(), ami.id(), TYPES.get(type % TYPES.size()));
            fixture.playground.launch(ALICE, rootSize.map(request::withRootVolumeSize).orElse(request));
        }
    }

    record Act(String action, int target, int argument) implements Step {
        @Override
        public void accept(PlaygroundFixture fixture) {
            List<Instance> all = fixture.playground.state().instances();
            if (all.isEmpty()) {
                return;
            }
            String id = all.get(target % all.size()).id();
            Playground p = fixture.playground;
            switch (action) {
                case "start" -> p.start(ALICE, id);
                case "stop" -> p.stop(ALICE, id);
                case "reboot" -> p.reboot(ALICE, id);
                case "terminate" -> p.terminate(ALICE, id);
                case "retype" -> p.modifyInstanceType(ALICE, id, TYPES.get(argument % TYPES.size()));
                case "protect" -> p.setProtection(ALICE, id, Protection.values()[argument % 2], argument % 3 == 0);
                case "image" -> p.createImage(ALICE, CreateImageRequest.of(id, "image-" + argument));
                case "bundle" -> p.bundleInstance(ALICE, BundleInstanceRequest.of(id, "bundle-" + argument));
                default -> throw new IllegalArgumentException(action);
            }
        }
    }

    /** A launch that can boot from instance store, so that sessions often have something to bundle. */
    record LaunchInstanceStore(int type, int rootSize) implements Step {
        @Override
        public void accept(PlaygroundFixture fixture) {
            Ami ami = TestCatalog.LEGACY_PV_INSTANCE_STORE;
            fixture.playground.launch(ALICE, LaunchRequest.of(ami.region(), ami.id(),
                    INSTANCE_STORE_TYPES.get(type % INSTANCE_STORE_TYPES.size())).withRootVolumeSize(rootSize));
        }
    }

    /** Bundles one of the instance store-backed instances, whatever its state. */
    record Bundle(int target, int argument) implements Step {
        @Override
        public void accept(PlaygroundFixture fixture) {
            List<Instance> local = fixture.playground.state().instances().stream().filter(i -> !i.isEbsBacked()).toList();
            if (!local.isEmpty()) {
                fixture.playground.bundleInstance(ALICE, BundleInstanceRequest.of(local.get(target % local.size()).id(),
                        "bundle-" + argument));
            }
        }
    }

    /** A launch from one of the learner's own AMIs, created, bundled or copied, in whatever state it is. */
    record LaunchOwn(int image, int type, Optional<Integer> rootSize) implements Step {
        @Override
        public void accept(PlaygroundFixture fixture) {
            List<OwnedAmi> own = fixture.playground.state().images();
            if (own.isEmpty()) {
                return;
            }
            Ami ami = own.get(image % own.size()).ami();
            LaunchRequest request = LaunchRequest.of(ami.region(), ami.id(), TYPES.get(type % TYPES.size()));
            fixture.playground.launch(ALICE, rootSize.map(request::withRootVolumeSize).orElse(request));
        }
    }

    /** Copy, deregister, or delete the bundle of one of the learner's own AMIs. */
    record OnImage(String action, int target, int argument) implements Step {
        @Override
        public void accept(PlaygroundFixture fixture) {
            List<OwnedAmi> own = fixture.playground.state().images();
            if (own.isEmpty()) {
                return;
            }
            Ami ami = own.get(target % own.size()).ami();
            Playground p = fixture.playground;
            switch (action) {
                case "copy" -> p.copyImage(ALICE, CopyImageRequest.of(ami,
                        TestCatalog.REGIONS.get(argument % TestCatalog.REGIONS.size()).code(), "copy-" + argument));
                case "deregister" -> p.deregisterImage(ALICE, ami.id());
                case "delete-bundle" -> p.state().bundles().stream().filter(b -> b.imageId().equals(ami.id()))
                        .findFirst().ifPresent(b -> p.deleteBundle(ALICE, b.location()));
                case "delete-snapshot" -> p.state().snapshots().stream().filter(s -> s.imageId().equals(ami.id()))
                        .findFirst().ifPresent(s -> p.deleteSnapshot(ALICE, s.id()));
                default -> throw new IllegalArgumentException(action);
            }
        }
    }

    /**
     * Runs an Image Builder pipeline, creating it first: its recipe installs a web server that is
     * started (its test passes) or not (its test fails), as {@code passing} says.
     */
    record RunPipeline(boolean passing) implements Step {
        @Override
        public void accept(PlaygroundFixture fixture) {
            Playground p = fixture.playground;
            String version = passing ? "1.1.0" : "1.0.0";
            if (p.imageRecipes().stream().noneMatch(r -> r.version().toString().equals(version))) {
                p.createImageRecipe(ALICE, new ImageRecipeRequest(TestCatalog.US_EAST_1, "web", version,
                        TestCatalog.AL2023_X86.id(), List.of("apache-web-server/" + version, "web-server-answers/1.0.0"), 8));
                p.createImagePipeline(ALICE, new ImagePipelineRequest(TestCatalog.US_EAST_1, "web-" + version.charAt(2),
                        "web/" + version, "t3.micro", List.of(TestCatalog.US_EAST_1, TestCatalog.EU_WEST_1), List.of(),
                        "web {{imagebuilder:buildVersion}}", "", false));
            }
            p.startImagePipelineExecution(ALICE, TestCatalog.US_EAST_1, "web-" + version.charAt(2));
        }
    }

    record DeleteVolume(int target) implements Step {
        @Override
        public void accept(PlaygroundFixture fixture) {
            List<Volume> all = fixture.playground.state().volumes();
            if (!all.isEmpty()) {
                fixture.playground.deleteVolume(ALICE, all.get(target % all.size()).id());
            }
        }
    }

    record Advance(long seconds) implements Step {
        @Override
        public void accept(PlaygroundFixture fixture) {
            fixture.advance(Duration.ofSeconds(seconds));
        }
    }

    static Arbitrary<List<Step>> sessions() {
        return step().list().ofMinSize(1).ofMaxSize(40);
    }

    private static Arbitrary<Step> step() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1000);
        Arbitrary<Optional<Integer>> rootSize = Arbitraries.oneOf(Arbitraries.integers().between(1, 70_000),
                Arbitraries.integers().between(1, 12)).optional(0.5);
        Arbitrary<Step> launch = Combinators.combine(index, index, rootSize).as(Launch::new);
        Arbitrary<Step> launchInstanceStore = Combinators.combine(index, Arbitraries.integers().between(7, 11))
                .as(LaunchInstanceStore::new);
        Arbitrary<Step> bundle = Combinators.combine(index, index).as(Bundle::new);
        Arbitrary<Step> launchOwn = Combinators.combine(index, index, rootSize).as(LaunchOwn::new);
        Arbitrary<Step> act = Combinators.combine(Arbitraries.of("start", "stop", "reboot", "terminate", "retype",
                "protect", "image", "bundle"), index, index).as(Act::new);
        Arbitrary<Step> onImage = Combinators.combine(Arbitraries.of("copy", "deregister", "delete-bundle",
                "delete-snapshot"), index, index).as(OnImage::new);
        Arbitrary<Step> pipeline = Arbitraries.of(true, false).map(RunPipeline::new);
        Arbitrary<Step> delete = index.map(DeleteVolume::new);
        Arbitrary<Step> advance = Arbitraries.oneOf(Arbitraries.longs().between(1, 120),
                Arbitraries.longs().between(1, 3 * 86_400)).map(Advance::new);
        return Arbitraries.frequencyOf(
                Tuple.of(3, launch), Tuple.of(2, launchInstanceStore), Tuple.of(1, launchOwn), Tuple.of(6, act),
                Tuple.of(2, bundle), Tuple.of(2, onImage), Tuple.of(1, delete), Tuple.of(1, pipeline), Tuple.of(5, advance));
    }
}
