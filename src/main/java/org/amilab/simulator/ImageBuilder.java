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
    private final ComponentCatalog components;
    private final Function<String, Optional<Ami>> visibleImages;

    ImageBuilder(Resources resources, EventLog log, Catalog catalog, ComponentCatalog components,
                 Function<String, Optional<Ami>> visibleImages) {
        this.resources = resources;
        this.log = log;
        this.catalog = catalog;
        this.components = components;
        this.visibleImages = visibleImages;
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
        Optional<Ami> parent = visibleImages.apply(request.parentImageId()).filter(a -> a.region().equals(request.region()));
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
            refs.add(new ImageRecipe.ComponentRef(component.get().name(), component.get().version()));
        }
        return ActionResult.success(new ImageRecipe(request.region(), request.name(),
                SemanticVersion.parse(request.version()).orElseThrow(), parent.id(), refs, request.rootVolumeGiB(), now));
    }

    /** "name/version" names one version; a bare name means its newest version, as the console offers. */
    private Optional<BuilderComponent> find(String named) {
        int slash = named.lastIndexOf('/');
        if (slash < 0) {
            return components.latest(named.strip());
        }
        return SemanticVersion.parse(named.substring(slash + 1))
                .flatMap(version -> components.find(named.substring(0, slash).strip(), version));
    }

    static String key(String region, String name, SemanticVersion version) {
        return region + "/" + name + "/" + version;
    }
}
