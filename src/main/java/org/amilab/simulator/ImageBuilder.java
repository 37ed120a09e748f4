package org.amilab.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * EC2 Image Builder in the learner's account: image recipes, each version immutable once created,
 * made of the components AMI Lab ships.
 */
final class ImageBuilder {

    /** The AMI name placeholders Image Builder expands: the build's start (UTC) and its build number. */
    static final String BUILD_DATE = "{{imagebuilder:buildDate}}";
    static final String BUILD_VERSION = "{{imagebuilder:buildVersion}}";

    private final Resources resources;
    private final EventLog log;
    private final Catalog catalog;
    private final ComponentCatalog shipped;
    private final Function<String, Optional<Ami>> visibleImages;

    ImageBuilder(Resources resources, EventLog log, Catalog catalog, ComponentCatalog shipped,
                 Function<String, Optional<Ami>> visibleImages) {
        this.resources = resources;
        this.log = log;
        this.catalog = catalog;
        this.shipped = shipped;
        this.visibleImages = visibleImages;
    }

    /** The shipped components and the learner's own. */
    static ComponentCatalog components(ComponentCatalog shipped, Resources resources) {
        return shipped.with(resources.components.values());
    }

    /**
     * CreateComponent: a build component of the learner's own, made of shell lines (blank lines
     * are left out). Like every component version, it never changes once created.
     */
    ActionResult<BuilderComponent> createComponent(Actor actor, ComponentRequest request, Instant now) {
        List<String> steps = request.steps().stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        Optional<SemanticVersion> version = SemanticVersion.parse(request.version());
        Optional<Ec2Error> wrong = Checks.first(
                () -> Checks.refuseIf(!BuilderComponent.isName(request.name()),
                        () -> Refusal.COMPONENT_NAME_INVALID.error(request.name())),
                () -> Checks.refuseIf(version.isEmpty(), () -> Refusal.COMPONENT_VERSION_INVALID.error(request.version())),
                () -> Checks.refuseIf(components(shipped, resources).contains(request.name(), version.orElseThrow()),
                        () -> Refusal.COMPONENT_EXISTS.error(request.name(), version.orElseThrow().toString())),
                () -> Checks.refuseIf(steps.isEmpty(), () -> Refusal.COMPONENT_NO_STEPS.error(request.name())),
                () -> Checks.refuseIf(steps.size() > BuilderComponent.MAX_STEPS,
                        () -> Refusal.COMPONENT_TOO_MANY_STEPS.error(steps.size(), BuilderComponent.MAX_STEPS)),
                () -> steps.stream().filter(step -> step.length() > Shell.MAX_LINE).findFirst()
                        .map(step -> Refusal.SHELL_LINE_TOO_LONG.error(step.length(), Shell.MAX_LINE)));
        ActionResult<BuilderComponent> result = wrong.<ActionResult<BuilderComponent>>map(ActionResult::failure)
                .orElseGet(() -> {
                    var component = new BuilderComponent(request.name(), version.orElseThrow(), BuilderComponent.Phase.BUILD,
                            request.platform(), request.description(), steps);
                    resources.components.put(component.reference(), component);
                    return ActionResult.success(component);
                });
        return log.record(actor, EventType.CREATE_COMPONENT, request.name().isEmpty() ? EventDetail.NO_TARGET
                : request.name(), now, result, c -> new EventDetail.ComponentCreated(c.name(), c.version().toString(),
                        c.platform(), c.steps()));
    }

    /** CreateImageRecipe: every field checked in the order Image Builder reads them; nothing is kept if one is wrong. */
    ActionResult<ImageRecipe> createRecipe(Actor actor, ImageRecipeRequest request, Instant now) {
        ActionResult<ImageRecipe> result = check(request).flatMap(parent -> recipeOf(request, parent, now))
                .map(recipe -> {
                    resources.recipes.put(key(recipe.region(), recipe.name(), recipe.version()), recipe);
                    return recipe;
                });
        return log.record(actor, EventType.CREATE_IMAGE_RECIPE, request.name(), now, result,
                recipe -> new EventDetail.ImageRecipeCreated(recipe.region(), recipe.name(), recipe.version().toString(),
                        recipe.parentImageId(), recipe.components().stream().map(ImageRecipe.ComponentRef::toString)
                                .toList()));
    }

    private ActionResult<Ami> check(ImageRecipeRequest request) {
        if (catalog.region(request.region()).isEmpty()) {
            return ActionResult.failure(Refusal.UNKNOWN_REGION.error(request.region(),
                    String.join(", ", catalog.regions().stream().map(Region::code).toList())));
        }
        if (!BuilderComponent.isName(request.name())) {
            return ActionResult.failure(Refusal.RECIPE_NAME_INVALID.error(request.name()));
        }
        Optional<SemanticVersion> version = SemanticVersion.parse(request.version());
        if (version.isEmpty()) {
            return ActionResult.failure(Refusal.RECIPE_VERSION_INVALID.error(request.version()));
        }
        if (resources.recipes.containsKey(key(request.region(), request.name(), version.get()))) {
            return ActionResult.failure(Refusal.RECIPE_EXISTS.error(request.name(), version.get().toString()));
        }
        Optional<Ami> parent = parentOf(request.parentImageId(), request.region());
        if (parent.isEmpty()) {
            return ActionResult.failure(Refusal.AMI_NOT_FOUND.error(request.parentImageId(), request.region()));
        }
        if (parent.get().rootDeviceType() != RootDeviceType.EBS) {
            return ActionResult.failure(Refusal.RECIPE_PARENT_NOT_EBS.error(parent.get().id()));
        }
        if (request.rootVolumeGiB() < parent.get().rootSnapshotSizeGiB()) {
            return ActionResult.failure(Refusal.RECIPE_VOLUME_TOO_SMALL.error(request.rootVolumeGiB(), parent.get().id(),
                    parent.get().rootSnapshotSizeGiB()));
        }
        if (request.components().isEmpty()) {
            return ActionResult.failure(Refusal.RECIPE_NO_COMPONENTS.error(request.name()));
        }
        return ActionResult.success(parent.get());
    }

    private ActionResult<ImageRecipe> recipeOf(ImageRecipeRequest request, Ami parent, Instant now) {
        List<ImageRecipe.ComponentRef> refs = new ArrayList<>();
        for (String named : request.components()) {
            Optional<BuilderComponent> component = find(named);
            if (component.isEmpty()) {
                return ActionResult.failure(Refusal.RECIPE_COMPONENT_UNKNOWN.error(named));
            }
            if (component.get().platform() != parent.platform()) {
                return ActionResult.failure(Refusal.RECIPE_PLATFORM_MISMATCH.error(named,
                        component.get().platform().name().toLowerCase(java.util.Locale.ROOT), parent.id(),
                        parent.platform().name().toLowerCase(java.util.Locale.ROOT)));
            }
            refs.add(named.strip().endsWith("/" + ImageRecipe.ComponentRef.NEWEST)
                    ? new ImageRecipe.ComponentRef(component.get().name(), Optional.empty())
                    : ImageRecipe.ComponentRef.pinned(component.get().name(), component.get().version()));
        }
        return ActionResult.success(new ImageRecipe(request.region(), request.name(),
                SemanticVersion.parse(request.version()).orElseThrow(),
                LatestAmazonLinux.isParameter(request.parentImageId()) ? request.parentImageId() : parent.id(), refs, request.rootVolumeGiB(), now));
    }

    /**
     * "name/version" names one version; a bare name means its newest version now, as the console
     * offers; "name/x.x.x" its newest version at each build.
     */
    private Optional<BuilderComponent> find(String named) {
        ComponentCatalog all = components(shipped, resources);
        int slash = named.lastIndexOf('/');
        if (slash < 0) {
            return all.latest(named.strip());
        }
        String name = named.substring(0, slash).strip();
        String version = named.substring(slash + 1).strip();
        if (version.equals(ImageRecipe.ComponentRef.NEWEST)) {
            return all.latest(name);
        }
        return SemanticVersion.parse(version).flatMap(v -> all.find(name, v));
    }

    /** The AMI a recipe's parent names now: an AMI id, or the parameter for the latest Amazon Linux 2023. */
    Optional<Ami> parentOf(String parentImage, String region) {
        return LatestAmazonLinux.isParameter(parentImage) ? LatestAmazonLinux.resolve(catalog, parentImage, region)
                : visibleImages.apply(parentImage).filter(a -> a.region().equals(region));
    }

    static String key(String region, String name, SemanticVersion version) {
        return region + "/" + name + "/" + version;
    }
}
