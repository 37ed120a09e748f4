package org.amilab.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a playground holds, by id, in the form last written down (transitions due since are
 * projected by the readers): instances, volumes, own AMIs, snapshots and S3 bundles by location.
 * The parts of the playground share it; it knows how to find things, not the rules for changing them.
 */
final class Resources {

    final Map<String, Instance> instances = new LinkedHashMap<>();
    final Map<String, Volume> volumes = new LinkedHashMap<>();
    final Map<String, OwnedAmi> images = new LinkedHashMap<>();
    final Map<String, Snapshot> snapshots = new LinkedHashMap<>();
    /** By location (bucket/manifest). */
    final Map<String, ImageBundle> bundles = new LinkedHashMap<>();
    final Map<String, ImportTask> importTasks = new LinkedHashMap<>();
    /** Image Builder recipes by region/name/version. */
    final Map<String, ImageRecipe> recipes = new LinkedHashMap<>();
    /** The learner's own Image Builder components by name/version. */
    final Map<String, BuilderComponent> components = new LinkedHashMap<>();
    /** Image Builder pipelines by region/name. */
    final Map<String, ImagePipeline> pipelines = new LinkedHashMap<>();
    /** Image Builder images (pipeline runs) by region/recipe/version/build. */
    final Map<String, ImageBuild> builds = new LinkedHashMap<>();
    /** Regions where block public access for AMIs is off; a new account blocks everywhere. */
    final java.util.Set<String> publicSharingRegions = new java.util.TreeSet<>();

    Resources(PlaygroundState state) {
        state.instances().forEach(i -> instances.put(i.id(), i));
        state.volumes().forEach(v -> volumes.put(v.id(), v));
        state.images().forEach(a -> images.put(a.id(), a));
        state.snapshots().forEach(s -> snapshots.put(s.id(), s));
        state.bundles().forEach(b -> bundles.put(b.location(), b));
        state.importTasks().forEach(t -> importTasks.put(t.id(), t));
        publicSharingRegions.addAll(state.publicSharingRegions());
        state.recipes().forEach(r -> recipes.put(ImageBuilder.key(r.region(), r.name(), r.version()), r));
        state.pipelines().forEach(p -> pipelines.put(ImagePipelines.key(p.region(), p.name()), p));
        state.builds().forEach(b -> builds.put(ImageBuilds.key(b), b));
        state.components().forEach(c -> components.put(c.reference(), c));
    }

    /**
     * The earliest change that has fallen due by {@code now}. A change may bring others due (a
     * scheduled run launches a build instance that boots), so they are taken one at a time.
     */
    Optional<DueChange> firstDueBy(Instant now) {
        return dueBy(now).stream().findFirst();
    }

    /** Every change that has fallen due by {@code now}, in the order it happened. */
    List<DueChange> dueBy(Instant now) {
        List<DueChange> due = new ArrayList<>();
        instances.values().forEach(i -> i.dueTransition(now).ifPresent(at -> due.add(new DueChange.InstanceSettles(at, i.id()))));
        images.values().stream().filter(a -> a.becomesAvailableBy(now))
                .forEach(a -> due.add(new DueChange.ImageBecomesAvailable(a.availableAt(), a.id())));
        importTasks.values().stream().filter(t -> t.endsUnwrittenBy(now))
                .forEach(t -> due.add(new DueChange.ImportTaskEnds(t.endsAt(), t.id())));
        pipelines.forEach((key, p) -> p.nextScheduledRun().filter(at -> !at.isAfter(now))
                .ifPresent(at -> due.add(new DueChange.ScheduledPipelineRun(at, key))));
        builds.forEach((key, b) -> b.dueBy(now).ifPresent(at -> due.add(new DueChange.ImageBuildAdvances(at, key))));
        due.sort(DueChange.IN_TIME_ORDER);
        return due;
    }

    /** The named instances EC2 still lists, each once, or EC2's refusal for a missing, malformed or unknown id. */
    ActionResult<List<Instance>> findInstances(String[] instanceIds, Instant now) {
        if (instanceIds.length == 0) {
            return ActionResult.failure(Refusal.MISSING_INSTANCE_ID.error());
        }
        Optional<String> malformed = Stream.of(instanceIds).filter(id -> !ResourceIds.wellFormed(ResourceIds.INSTANCE, id))
                .findFirst();
        if (malformed.isPresent()) {
            return ActionResult.failure(Refusal.INSTANCE_ID_MALFORMED.error(malformed.get()));
        }
        List<String> unknown = Stream.of(instanceIds).distinct()
                .filter(id -> !instances.containsKey(id) || !instances.get(id).visibleAt(now)).toList();
        if (!unknown.isEmpty()) {
            Refusal refusal = unknown.size() == 1 ? Refusal.INSTANCE_NOT_FOUND : Refusal.INSTANCES_NOT_FOUND;
            return ActionResult.failure(refusal.error(String.join(", ", unknown)));
        }
        return ActionResult.success(Stream.of(instanceIds).distinct().map(instances::get).toList());
    }

    ActionResult<Instance> findInstance(String instanceId, Instant now) {
        return findInstances(new String[] {instanceId}, now).map(found -> found.get(0));
    }

    /** The learner's registered AMIs, each as of {@code now}. */
    List<Ami> registeredImagesAt(Instant now) {
        return images.values().stream().map(a -> a.amiAt(now)).filter(a -> a.state() != ImageState.DEREGISTERED).toList();
    }

    /** The learner's own AMI still registered at {@code now} that is built from this storage, if any. */
    Optional<OwnedAmi> registeredImageUsing(String imageId, Instant now) {
        return Optional.ofNullable(images.get(imageId)).filter(image -> image.stateAt(now) != ImageState.DEREGISTERED);
    }

    /** A terminating instance's volumes go as their deleteOnTermination flag says once shutting-down ends. */
    void volumesFollowTermination(Instance terminating) {
        Instant terminatedAt = terminating.lastSegment().end();
        volumes.replaceAll((id, v) -> v.attachedTo(terminating.id()) && v.detachedAt().isEmpty()
                ? v.afterTerminationAt(terminatedAt) : v);
    }

    List<Volume> attachedVolumes(Instance instance, Instant now) {
        return volumes.values().stream()
                .filter(v -> v.attachedTo(instance.id()) && v.stateAt(now) == VolumeState.IN_USE).toList();
    }
}
