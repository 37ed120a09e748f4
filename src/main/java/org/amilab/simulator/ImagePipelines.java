package org.amilab.simulator;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Image Builder pipelines in the learner's account: created and updated with their infrastructure
 * and distribution settings, started by the learner or by their schedule. Every field of a pipeline
 * is checked before anything is kept, in the order the form shows them.
 */
final class ImagePipelines {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

    private final Resources resources;
    private final EventLog log;
    private final Catalog catalog;
    private final ImageBuilds builds;
    private final ResourceIds ids;

    ImagePipelines(Resources resources, EventLog log, Catalog catalog, ImageBuilds builds, ResourceIds ids) {
        this.resources = resources;
        this.log = log;
        this.catalog = catalog;
        this.builds = builds;
        this.ids = ids;
    }

    ActionResult<ImagePipeline> create(Actor actor, ImagePipelineRequest request, Instant now) {
        ActionResult<ImagePipeline> result = Checks.first(() -> checkName(request),
                        () -> Checks.refuseIf(resources.pipelines.containsKey(key(request.region(), request.name())),
                                () -> Refusal.PIPELINE_EXISTS.error(request.name(), request.region())))
                .<ActionResult<ImagePipeline>>map(ActionResult::failure)
                .orElseGet(() -> pipelineOf(request, now, now));
        return saved(actor, EventType.CREATE_IMAGE_PIPELINE, request, result, now);
    }

    /** UpdateImagePipeline: everything but the name may change; the schedule counts from now. */
    ActionResult<ImagePipeline> update(Actor actor, ImagePipelineRequest request, Instant now) {
        ActionResult<ImagePipeline> result = checkName(request).<ActionResult<ImagePipeline>>map(ActionResult::failure)
                .orElseGet(() -> Optional.ofNullable(resources.pipelines.get(key(request.region(), request.name())))
                        .map(existing -> pipelineOf(request, existing.createdAt(), now))
                        .orElseGet(() -> ActionResult.failure(Refusal.PIPELINE_NOT_FOUND.error(request.name(),
                                request.region()))));
        return saved(actor, EventType.UPDATE_IMAGE_PIPELINE, request, result, now);
    }

    private ActionResult<ImagePipeline> saved(Actor actor, EventType type, ImagePipelineRequest request,
                                              ActionResult<ImagePipeline> result, Instant now) {
        ActionResult<ImagePipeline> kept = result.map(pipeline -> {
            resources.pipelines.put(key(pipeline.region(), pipeline.name()), pipeline);
            return pipeline;
        });
        return log.record(actor, type, request.name().isEmpty() ? EventDetail.NO_TARGET : request.name(), now, kept,
                p -> new EventDetail.ImagePipelineSaved(type, p.region(), p.name(), p.recipe(), p.instanceType(),
                        p.distribution().regions(), p.schedule().map(PipelineSchedule::expression).orElse("")));
    }

    private Optional<Ec2Error> checkName(ImagePipelineRequest request) {
        return Checks.first(
                () -> Checks.refuseIf(catalog.region(request.region()).isEmpty(),
                        () -> Refusal.UNKNOWN_REGION.error(request.region(), regions())),
                () -> Checks.refuseIf(!BuilderComponent.isName(request.name()),
                        () -> Refusal.PIPELINE_NAME_INVALID.error(request.name())));
    }

    private ActionResult<ImagePipeline> pipelineOf(ImagePipelineRequest request, Instant createdAt, Instant now) {
        Optional<ImageRecipe> recipe = recipe(request.region(), request.recipe());
        if (recipe.isEmpty()) {
            return ActionResult.failure(Refusal.PIPELINE_RECIPE_NOT_FOUND.error(request.recipe(), request.region()));
        }
        Optional<Ec2Error> wrong = Checks.first(
                () -> catalog.instanceType(request.instanceType()).isEmpty()
                        ? Optional.of(Refusal.UNKNOWN_INSTANCE_TYPE.error(request.instanceType())) : Optional.empty(),
                () -> Checks.refuseIf(request.targetRegions().isEmpty(),
                        () -> Refusal.DISTRIBUTION_NO_REGIONS.error(request.name())),
                () -> request.targetRegions().stream().filter(r -> catalog.region(r).isEmpty()).findFirst()
                        .map(r -> Refusal.UNKNOWN_REGION.error(r, regions())),
                () -> request.sharedWith().stream().filter(id -> !ImageRules.isAccountId(id)).findFirst()
                        .map(Refusal.DISTRIBUTION_ACCOUNT_INVALID::error),
                () -> checkAmiName(request.amiName()),
                () -> request.schedule().isEmpty() ? Optional.empty() : PipelineSchedule.check(request.schedule())
                        .map(reason -> Refusal.SCHEDULE_INVALID.error(request.schedule(), reason)));
        if (wrong.isPresent()) {
            return ActionResult.failure(wrong.get());
        }
        Optional<PipelineSchedule> schedule = request.schedule().isEmpty() ? Optional.empty()
                : Optional.of(new PipelineSchedule(request.schedule(), request.onlyIfChanged()));
        return ActionResult.success(new ImagePipeline(request.region(), request.name(), recipe.get().name(),
                recipe.get().version(), request.instanceType(),
                new ImagePipeline.Distribution(request.targetRegions().stream().distinct().toList(),
                        request.sharedWith().stream().distinct().toList(), request.amiName()),
                schedule, createdAt, now));
    }

    private Optional<ImageRecipe> recipe(String region, String reference) {
        int slash = reference.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        return SemanticVersion.parse(reference.substring(slash + 1)).flatMap(version -> Optional.ofNullable(
                resources.recipes.get(ImageBuilder.key(region, reference.substring(0, slash).strip(), version))));
    }

    /**
     * Every image of a pipeline gets its name from the pattern, so the pattern must make each name
     * new (a placeholder) and, expanded, must be a name EC2 accepts.
     */
    private static Optional<Ec2Error> checkAmiName(String pattern) {
        Matcher placeholders = PLACEHOLDER.matcher(pattern);
        boolean any = false;
        while (placeholders.find()) {
            String name = "{{" + placeholders.group(1) + "}}";
            if (!name.equals(ImageBuilder.BUILD_DATE) && !name.equals(ImageBuilder.BUILD_VERSION)) {
                return Optional.of(Refusal.AMI_NAME_PATTERN_INVALID.error(pattern, "'" + placeholders.group()
                        + "' is not a placeholder Image Builder knows; use " + ImageBuilder.BUILD_DATE + " or "
                        + ImageBuilder.BUILD_VERSION));
            }
            any = true;
        }
        if (!any) {
            return Optional.of(Refusal.AMI_NAME_PATTERN_INVALID.error(pattern, "every image needs a name of its own, so "
                    + "include " + ImageBuilder.BUILD_DATE + " or " + ImageBuilder.BUILD_VERSION));
        }
        String example = ImageBuilds.amiName(pattern, Instant.EPOCH, 1);
        return ImageRules.checkName(example).map(e -> Refusal.AMI_NAME_PATTERN_INVALID.error(pattern, "expanded, it reads '"
                + example + "', and AMI names are 3 to 128 letters, numbers, spaces and ( ) [ ] . / - ' @ _"));
    }

    /** StartImagePipelineExecution: a run now, whatever the schedule says. */
    ActionResult<ImageBuild> start(Actor actor, String region, String name, Instant now) {
        ActionResult<ImageBuild> result = Optional.ofNullable(resources.pipelines.get(key(region, name)))
                .map(pipeline -> builds.start(pipeline, ImageBuild.Trigger.MANUAL, ids, now))
                .orElseGet(() -> ActionResult.failure(Refusal.PIPELINE_NOT_FOUND.error(name, region)));
        return log.record(actor, EventType.START_IMAGE_PIPELINE_EXECUTION, name.isEmpty() ? EventDetail.NO_TARGET : name,
                now, result, build -> new EventDetail.ImageBuildStarted(EventType.START_IMAGE_PIPELINE_EXECUTION,
                        build.region(), build.pipelineName(), build.reference(), build.buildInstanceId()));
    }

    /**
     * The schedule matched at {@code at}: a run starts unless the pipeline's last image is still
     * being built or, with "only if changed", it was built from the same parent and components.
     * The run's ids come from the pipeline and the instant, so every read that projects this
     * moment and the action that writes it down agree on them.
     */
    void scheduledRun(String pipelineKey, Instant at, Instant realAt) {
        ImagePipeline pipeline = resources.pipelines.get(pipelineKey);
        resources.pipelines.put(pipelineKey, pipeline.scheduledThrough(at));
        Optional<String> skip = reasonToSkip(pipeline, at);
        if (skip.isPresent()) {
            log.logTransition(at, realAt, new EventDetail.ImageBuildSkipped(pipeline.region(), pipeline.name(), skip.get()));
            return;
        }
        ResourceIds planned = new ResourceIds(new Random((pipelineKey + "@" + at).hashCode()));
        ActionResult<ImageBuild> started = builds.start(pipeline, ImageBuild.Trigger.SCHEDULED, planned, at);
        if (!started.isSuccess()) {
            log.logTransition(at, realAt, new EventDetail.ImageBuildSkipped(pipeline.region(), pipeline.name(),
                    started.error().code() + ": " + started.error().message()));
            return;
        }
        ImageBuild build = started.value();
        log.logTransition(at, realAt, new EventDetail.ImageBuildStarted(EventType.STATE_CHANGE, build.region(),
                build.pipelineName(), build.reference(), build.buildInstanceId()));
    }

    private Optional<String> reasonToSkip(ImagePipeline pipeline, Instant at) {
        List<ImageBuild> own = resources.builds.values().stream()
                .filter(b -> b.region().equals(pipeline.region()) && b.pipelineName().equals(pipeline.name()))
                .sorted(Comparator.comparing(ImageBuild::startedAt)).toList();
        Optional<ImageBuild> running = own.stream().filter(b -> !b.endedBy(at)).findFirst();
        if (running.isPresent()) {
            return Optional.of(running.get().reference() + " is still being built");
        }
        boolean onlyIfChanged = pipeline.schedule().map(PipelineSchedule::onlyIfChanged).orElse(false);
        ImageRecipe recipe = resources.recipes.get(ImageBuilder.key(pipeline.region(), pipeline.recipeName(),
                pipeline.recipeVersion()));
        List<String> components = builds.resolved(recipe).stream().map(BuilderComponent::reference).toList();
        Optional<ImageBuild> lastBuilt = own.stream().filter(b -> b.statusAt(at) == ImageBuild.Status.AVAILABLE)
                .reduce((first, second) -> second);
        if (onlyIfChanged && lastBuilt.filter(b -> b.sameInputsAs(builds.parentImageId(recipe), components)).isPresent()) {
            return Optional.of("neither the parent image nor a component changed since " + lastBuilt.get().reference());
        }
        return Optional.empty();
    }

    private String regions() {
        return String.join(", ", catalog.regions().stream().map(Region::code).toList());
    }

    static String key(String region, String name) {
        return region + "/" + name;
    }
}
