package org.amilab.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How an Image Builder pipeline run goes: it launches the build instance from the recipe's parent
 * image with the pipeline's instance type, runs every build step in its shell, snapshots it, tests a
 * new instance of the result, then registers one AMI per target region. Image Builder works in the
 * learner's account, so the build and test instances are the learner's instances, listed, named
 * and charged like any other; each ends terminated.
 */
final class ImageBuilds {

    /** How long a line of build output the log keeps: enough to read why a step failed. */
    static final int MAX_OUTPUT = 600;
    private static final DateTimeFormatter BUILD_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private final Resources resources;
    private final EventLog log;
    private final Catalog catalog;
    private final ComponentCatalog shipped;
    private final Function<String, Optional<Ami>> visibleImages;
    private final LaunchPlanner planner;
    private final String accountId;
    private final Compute.Budget budget;

    ImageBuilds(Resources resources, EventLog log, Catalog catalog, ComponentCatalog components,
                Function<String, Optional<Ami>> visibleImages, String accountId, Compute.Budget budget) {
        this.budget = budget;
        this.resources = resources;
        this.log = log;
        this.catalog = catalog;
        this.shipped = components;
        this.visibleImages = visibleImages;
        this.planner = new LaunchPlanner(catalog, visibleImages);
        this.accountId = accountId;
    }

    /** Expands the AMI name pattern's placeholders for one build. */
    static String amiName(String pattern, Instant startedAt, int buildNumber) {
        return pattern.replace(ImageBuilder.BUILD_DATE, BUILD_DATE.format(startedAt))
                .replace(ImageBuilder.BUILD_VERSION, Integer.toString(buildNumber));
    }

    /**
     * Starts a run at {@code at}: the build instance is launched now and everything else is planned.
     * Refused, with nothing launched, when the parent image can no longer be launched or an output's
     * name is taken in a target region.
     */
    ActionResult<ImageBuild> start(ImagePipeline pipeline, ImageBuild.Trigger trigger, ResourceIds ids, Instant at) {
        ImageRecipe recipe = resources.recipes.get(ImageBuilder.key(pipeline.region(), pipeline.recipeName(),
                pipeline.recipeVersion()));
        int buildNumber = nextBuildNumber(recipe);
        String buildName = "Build instance for " + recipe.reference() + "/" + buildNumber;
        ActionResult<LaunchPlan> plan = planner.plan(new LaunchRequest(pipeline.region(), parentImageId(recipe),
                pipeline.instanceType(), 1, buildName, Optional.of(recipe.rootVolumeGiB()), Optional.empty(), List.of(),
                false, false));
        if (!plan.isSuccess()) {
            return ActionResult.failure(plan.error());
        }
        // Image Builder launches in the learner's account, so a budget that denies launches denies its builds too
        Optional<Ec2Error> overBudget = budget.allows(plan.value(), LaunchRequest.of(pipeline.region(), recipe.parentImageId(),
                pipeline.instanceType()));
        if (overBudget.isPresent()) {
            return ActionResult.failure(overBudget.get());
        }
        String name = amiName(pipeline.distribution().amiName(), at, buildNumber);
        for (String region : pipeline.distribution().regions()) {
            Optional<Ami> taken = resources.registeredImagesAt(at).stream()
                    .filter(a -> a.region().equals(region) && a.name().equals(name)).findFirst();
            if (taken.isPresent()) {
                return ActionResult.failure(Refusal.IMAGE_NAME_DUPLICATE.error(name, taken.get().id()));
            }
        }
        Instance builder = launch(ids, plan.value(), buildName, at);
        ImageBuild build = planRun(pipeline, recipe, buildNumber, trigger, plan.value(), builder, name, ids, at);
        resources.builds.put(key(build), build);
        log.logTransition(at, at, new EventDetail.InstanceLaunched(builder.id(), builder.imageId(), builder.instanceType(),
                builder.region(), builder.rootDeviceType(), builder.rootSizeGiB()));
        return ActionResult.success(build);
    }

    /** The AMI id a build of the recipe starts from today: a parameter is read at each build. */
    String parentImageId(ImageRecipe recipe) {
        return LatestAmazonLinux.isParameter(recipe.parentImageId())
                ? LatestAmazonLinux.resolve(catalog, recipe.parentImageId(), recipe.region()).map(Ami::id)
                        .orElse(recipe.parentImageId())
                : recipe.parentImageId();
    }

    static String key(ImageBuild build) {
        return build.region() + "/" + build.reference();
    }

    /** Image Builder numbers the builds of one recipe version, whichever pipeline ran them. */
    private int nextBuildNumber(ImageRecipe recipe) {
        return 1 + (int) resources.builds.values().stream().filter(b -> b.region().equals(recipe.region())
                && b.recipeName().equals(recipe.name()) && b.recipeVersion().equals(recipe.version())).count();
    }

    private Instance launch(ResourceIds ids, LaunchPlan plan, String name, Instant at) {
        Ami parent = plan.ami();
        String instanceId = ids.next(ResourceIds.INSTANCE, resources.instances::containsKey);
        EbsBlockDevice root = plan.rootVolume().orElseThrow(() -> new IllegalStateException("a recipe's parent is EBS-backed"));
        String volumeId = ids.next(ResourceIds.VOLUME, resources.volumes::containsKey);
        resources.volumes.put(volumeId, Volume.attachedAtLaunch(volumeId, parent.region(), root, instanceId,
                parent.rootDeviceName(), at));
        Instance instance = new Instance(instanceId, name, parent.region(), parent.id(), parent.architecture(),
                parent.platform(), parent.rootDeviceType(), parent.rootDeviceName(), plan.rootSizeGiB(),
                parent.virtualizationType(), parent.softwareHourlyUsd(), List.of(), false, false,
                List.of(booting(plan.type().name(), at)), parent.software().booted(), List.of(), Optional.empty(),
                parent.operatingSystem());
        resources.instances.put(instanceId, instance);
        return instance;
    }

    private static StateSegment booting(String type, Instant at) {
        return new StateSegment(InstanceState.PENDING, type, at, Optional.of(at.plus(LifecycleDurations.EBS_BOOT)),
                StateReason.NONE);
    }

    /** Runs every step now, in the build instance's shell, and dates each line by when it would finish. */
    private ImageBuild planRun(ImagePipeline pipeline, ImageRecipe recipe, int buildNumber, ImageBuild.Trigger trigger,
                               LaunchPlan plan, Instance builder, String amiName, ResourceIds ids, Instant start) {
        OperatingSystemSoftware os = catalog.software().of(builder.operatingSystem()).orElseThrow(
                () -> new IllegalStateException(builder.imageId() + " runs an operating system the catalog lost"));
        List<ImageBuild.LogLine> lines = new ArrayList<>();
        Steps build = run(phase(recipe, BuilderComponent.Phase.BUILD), builder, os, builder.software(),
                start.plus(LifecycleDurations.BUILD_SETUP), lines);
        Instant buildEnds = build.failure.isPresent() ? build.endedAt : build.endedAt.plus(LifecycleDurations.BUILD_SNAPSHOT);
        SoftwareConfiguration captured = build.software.captured();
        List<BuilderComponent> tests = phase(recipe, BuilderComponent.Phase.TEST);
        // a recipe without test components is valid: its images are not tested
        Steps test = build.failure.isPresent() || tests.isEmpty() ? new Steps(captured, buildEnds, Optional.empty())
                : run(tests, builder, os, captured.booted(), buildEnds.plus(LifecycleDurations.TEST_SETUP), lines);
        Instant testEnds = test.endedAt;
        Optional<ImageBuild.Failure> failure = build.failure.or(() -> test.failure);
        Instant distributed = failure.isPresent() ? testEnds : testEnds.plus(LifecycleDurations.DISTRIBUTION);
        String testInstanceId = ids.next(ResourceIds.INSTANCE, id -> resources.instances.containsKey(id)
                || id.equals(builder.id()));
        String testVolumeId = ids.next(ResourceIds.VOLUME, resources.volumes::containsKey);
        List<Ami> outputs = failure.isPresent() ? List.of()
                : outputs(pipeline, recipe, buildNumber, plan.ami(), captured, amiName, ids);
        return new ImageBuild(pipeline.region(), pipeline.name(), recipe.name(), recipe.version(), buildNumber, trigger,
                start, buildEnds, testEnds, distributed, pipeline.instanceType(), builder.id(), testInstanceId, testVolumeId,
                plan.ami().id(), resolved(recipe).stream().map(BuilderComponent::reference).toList(),
                lines, failure, captured, outputs, 0);
    }

    private List<BuilderComponent> phase(ImageRecipe recipe, BuilderComponent.Phase phase) {
        return resolved(recipe).stream().filter(component -> component.phase() == phase).toList();
    }

    /** The component versions a build of the recipe applies now: x.x.x is the newest there is. */
    List<BuilderComponent> resolved(ImageRecipe recipe) {
        ComponentCatalog all = ImageBuilder.components(shipped, resources);
        return recipe.components().stream()
                .map(ref -> ref.version().flatMap(v -> all.find(ref.name(), v)).or(() -> ref.version().isEmpty()
                                ? all.latest(ref.name()) : Optional.empty())
                        .orElseThrow(() -> new IllegalStateException(recipe.reference() + " names " + ref + ", which is gone")))
                .toList();
    }

    private record Steps(SoftwareConfiguration software, Instant endedAt, Optional<ImageBuild.Failure> failure) {
    }

    /** Runs the components' steps in order until one exits nonzero; each step takes its time. */
    private Steps run(List<BuilderComponent> phase, Instance instance, OperatingSystemSoftware os,
                      SoftwareConfiguration software, Instant from, List<ImageBuild.LogLine> lines) {
        Instant at = from;
        SoftwareConfiguration now = software;
        for (BuilderComponent component : phase) {
            for (String step : component.steps()) {
                at = at.plus(LifecycleDurations.BUILD_STEP);
                ShellResult ran = Shell.of(instance, os, catalog.software(), at).run(step, now);
                lines.add(new ImageBuild.LogLine(at, component.phase(), component.reference(), step, ran.exitCode(),
                        clip(ran.output())));
                now = ran.software();
                if (ran.exitCode() != 0) {
                    return new Steps(now, at, Optional.of(new ImageBuild.Failure(component.phase(), "Step '" + step
                            + "' of " + component.reference() + " exited with status " + ran.exitCode())));
                }
            }
        }
        return new Steps(now, at, Optional.empty());
    }

    private static String clip(String output) {
        return output.length() <= MAX_OUTPUT ? output : output.substring(0, MAX_OUTPUT) + "…";
    }

    private List<Ami> outputs(ImagePipeline pipeline, ImageRecipe recipe, int buildNumber, Ami parent,
                              SoftwareConfiguration captured, String amiName, ResourceIds ids) {
        VolumeType volumeType = parent.rootMapping().flatMap(BlockDeviceMapping::ebs).map(EbsBlockDevice::volumeType)
                .orElse(VolumeType.GP3);
        String description = "Built by Image Builder pipeline " + pipeline.name() + " from recipe " + recipe.reference()
                + ", build " + buildNumber;
        List<Ami> outputs = new ArrayList<>();
        for (String region : pipeline.distribution().regions()) {
            String imageId = ids.next(ResourceIds.AMI, id -> resources.images.containsKey(id) || catalog.ami(id).isPresent()
                    || outputs.stream().anyMatch(a -> a.id().equals(id)));
            String snapshotId = ids.next(ResourceIds.SNAPSHOT, id -> resources.snapshots.containsKey(id)
                    || outputs.stream().anyMatch(a -> a.blockDeviceMappings().get(0).ebs()
                            .map(EbsBlockDevice::snapshotId).filter(id::equals).isPresent()));
            var root = BlockDeviceMapping.ebs(parent.rootDeviceName(),
                    new EbsBlockDevice(snapshotId, recipe.rootVolumeGiB(), volumeType, true));
            outputs.add(new Ami(imageId, amiName, description, region, AmiSource.MY_AMIS, parent.platform(),
                    parent.operatingSystem(), parent.architecture(), RootDeviceType.EBS, parent.rootDeviceName(),
                    parent.virtualizationType(), recipe.rootVolumeGiB(), ImageState.PENDING, accountId, "", false,
                    List.of(root), new LaunchPermission(List.of(), pipeline.distribution().sharedWith()),
                    parent.softwareHourlyUsd(), captured));
        }
        return List.copyOf(outputs);
    }

    /**
     * Writes down the end of the phase due at {@code at}: the build instance is terminated and the
     * test instance launched; the test instance is terminated and distribution registers the AMIs;
     * distribution ends. A failed phase terminates its instance and fails the image.
     */
    void advance(String buildKey, Instant at, Instant realAt) {
        ImageBuild build = resources.builds.get(buildKey);
        resources.builds.put(buildKey, build.withPhaseWritten());
        ImageBuild.Status after = build.statusAt(at);
        switch (build.phasesWritten()) {
            case 0 -> {
                terminate(build.buildInstanceId(), at, realAt);
                if (build.tested() && after == ImageBuild.Status.TESTING) {
                    launchTestInstance(build, at, realAt);
                }
                logAdvance(build, ImageBuild.Status.BUILDING, after, at, realAt);
            }
            case 1 -> {
                terminate(build.testInstanceId(), at, realAt);
                if (after == ImageBuild.Status.DISTRIBUTING) {
                    register(build, at);
                }
                if (build.tested()) {
                    logAdvance(build, ImageBuild.Status.TESTING, after, at, realAt);
                }
            }
            default -> logAdvance(build, ImageBuild.Status.DISTRIBUTING, after, at, realAt);
        }
    }

    private void logAdvance(ImageBuild build, ImageBuild.Status from, ImageBuild.Status to, Instant at, Instant realAt) {
        log.logTransition(at, realAt, new EventDetail.ImageBuildAdvanced(build.region(), build.reference(), from, to,
                to == ImageBuild.Status.FAILED ? build.failure().map(ImageBuild.Failure::reason).orElse("") : ""));
    }

    private void terminate(String instanceId, Instant at, Instant realAt) {
        Instance instance = resources.instances.get(instanceId);
        if (instance == null) {
            return;
        }
        Instance current = instance.materialisedAt(at);
        InstanceState from = current.stateAt(at);
        ActionResult<Instance> terminated = InstanceRules.terminate(current, at);
        if (!terminated.isSuccess() || terminated.value().stateAt(at) == from) {
            return;
        }
        Instance next = terminated.value();
        resources.instances.put(next.id(), next);
        resources.volumesFollowTermination(next);
        log.logTransition(at, realAt, new EventDetail.InstanceStateChanged(EventType.STATE_CHANGE, next.id(), from,
                next.stateAt(at), next.stateReasonAt(at)));
    }

    /** The test instance runs the image just built, before any region has it: its volume is made from the build's snapshot. */
    private void launchTestInstance(ImageBuild build, Instant at, Instant realAt) {
        Instance builder = resources.instances.get(build.buildInstanceId());
        Volume builderRoot = resources.volumes.values().stream().filter(v -> v.instanceId().equals(builder.id()))
                .findFirst().orElseThrow(() -> new IllegalStateException(builder.id() + " lost its root volume"));
        resources.volumes.put(build.testVolumeId(), Volume.attachedAtLaunch(build.testVolumeId(), build.region(),
                new EbsBlockDevice("", builderRoot.sizeGiB(), builderRoot.volumeType(), true), build.testInstanceId(),
                builder.rootDeviceName(), at));
        String imageId = build.outputs().stream().filter(a -> a.region().equals(build.region())).findFirst()
                .or(() -> build.outputs().stream().findFirst()).map(Ami::id).orElse(build.parentImageId());
        Instance tester = new Instance(build.testInstanceId(), "Test instance for " + build.reference(), build.region(),
                imageId, builder.architecture(), builder.platform(), builder.rootDeviceType(), builder.rootDeviceName(),
                builder.rootSizeGiB(), builder.virtualizationType(), builder.softwareHourlyUsd(), List.of(), false, false,
                List.of(booting(build.instanceType(), at)), build.configuration().booted(), List.of(), Optional.empty(),
                builder.operatingSystem());
        resources.instances.put(tester.id(), tester);
        log.logTransition(at, realAt, new EventDetail.InstanceLaunched(tester.id(), tester.imageId(),
                tester.instanceType(), tester.region(), tester.rootDeviceType(), tester.rootSizeGiB()));
    }

    /** Distribution begins: each target region gets its AMI, pending until distribution ends, and its snapshot. */
    private void register(ImageBuild build, Instant at) {
        String madeFrom = "Image Builder pipeline " + build.pipelineName() + " (" + build.reference() + ")";
        for (Ami ami : build.outputs()) {
            ami.rootMapping().flatMap(BlockDeviceMapping::ebs).ifPresent(root -> resources.snapshots.put(
                    root.snapshotId(), new Snapshot(root.snapshotId(), ami.region(), "vol-ffffffff", root.volumeSize(),
                            ami.id(), at, Optional.empty())));
            resources.images.put(ami.id(), OwnedAmi.registered(ami, at, build.distributedAt(), madeFrom));
        }
    }
}
