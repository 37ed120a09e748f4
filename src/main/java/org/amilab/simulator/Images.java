package org.amilab.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The learner's own AMIs: capture from an EBS-backed instance, bundle an instance store-backed one,
 * copy to a region, deregister, share; and which AMIs the learner can see at all.
 */
final class Images {

    /** EC2 gives copied snapshots this placeholder: no volume in the target region ever held the data. */
    private static final String COPIED_VOLUME_ID = "vol-ffffffff";

    private final Resources resources;
    private final EventLog log;
    private final ResourceIds ids;
    private final Catalog catalog;
    private final String accountId;
    private final List<Ami> sharedImages;

    Images(Resources resources, EventLog log, ResourceIds ids, Catalog catalog, String accountId, List<Ami> sharedImages) {
        this.resources = resources;
        this.log = log;
        this.ids = ids;
        this.catalog = catalog;
        this.accountId = accountId;
        this.sharedImages = sharedImages;
    }

    /**
     * An AMI the learner can see at {@code now}: a registered one of their own, a published one they
     * may launch, or one another learner shared with them or made public.
     */
    Optional<Ami> visibleAt(String imageId, Instant now) {
        Optional<Ami> own = Optional.ofNullable(resources.images.get(imageId)).map(a -> a.amiAt(now))
                .filter(a -> a.state() != ImageState.DEREGISTERED);
        return own.or(() -> catalog.ami(imageId).filter(a -> a.launchableBy(accountId)))
                .or(() -> sharedImages.stream().filter(a -> a.id().equals(imageId) && a.launchableBy(accountId)).findFirst());
    }

    ActionResult<Ami> createImage(Actor actor, CreateImageRequest request, Instant now) {
        ActionResult<Ami> result = resources.findInstance(request.instanceId(), now)
                .flatMap(source -> unless(ImageRules.checkSource(source, now)
                        .or(() -> checkNewName(request.name(), source.region(), now)), source))
                .map(source -> registerImage(actor, source, request, now));
        return log.record(actor, EventType.CREATE_IMAGE, request.instanceId(), now, result,
                ami -> registered(EventType.CREATE_IMAGE, ami, request.instanceId(), ami.region()));
    }

    /**
     * Captures a running instance store-backed instance as an instance store-backed AMI of the
     * learner's own. On Linux the AMI tools do this from inside the instance, which keeps running
     * (ec2-bundle-vol packs the root device, ec2-upload-bundle puts the parts in S3, RegisterImage
     * registers the manifest); EC2's BundleInstance API is the Windows way, and the catalog has no
     * instance store-backed Windows AMI. Only the root device is bundled: data on other instance
     * store volumes is not kept.
     */
    ActionResult<Ami> bundleInstance(Actor actor, BundleInstanceRequest request, Instant now) {
        ActionResult<Ami> result = resources.findInstance(request.instanceId(), now)
                .flatMap(source -> unless(ImageRules.checkBundleSource(source, now)
                        .or(() -> checkNewName(request.name(), source.region(), now)), source))
                .map(source -> registerBundle(source, request, now));
        return log.record(actor, EventType.BUNDLE_INSTANCE, request.instanceId(), now, result,
                ami -> registered(EventType.BUNDLE_INSTANCE, ami, request.instanceId(), ami.region()));
    }

    /**
     * CopyImage: a new AMI with a new id in the target region, pending until its storage is copied.
     * The copy has storage of its own there (new snapshots, or a new S3 bundle), billed at that
     * region's rates, and is private: launch permissions are not copied.
     */
    ActionResult<Ami> copyImage(Actor actor, CopyImageRequest request, Instant now) {
        Optional<Ec2Error> refused = Checks.first(
                () -> checkRegion(request.targetRegion()),
                () -> checkRegion(request.sourceRegion()),
                () -> ImageRules.checkName(request.name()),
                () -> Checks.refuseIf(!ResourceIds.wellFormed(ResourceIds.AMI, request.sourceImageId()),
                        () -> Refusal.AMI_ID_MALFORMED.error(request.sourceImageId())));
        ActionResult<Ami> result = refused.<ActionResult<Ami>>map(ActionResult::failure)
                .orElseGet(() -> visibleAt(request.sourceImageId(), now).filter(a -> a.region().equals(request.sourceRegion()))
                        .map(ActionResult::success)
                        .orElseGet(() -> ActionResult.failure(Refusal.AMI_NOT_FOUND.error(request.sourceImageId(),
                                request.sourceRegion()))))
                .flatMap(source -> unless(ImageRules.checkCopySource(source, accountId)
                        .or(() -> checkNewName(request.name(), request.targetRegion(), now)), source))
                .map(source -> registerCopy(source, request, now));
        return log.record(actor, EventType.COPY_IMAGE, request.sourceImageId(), now, result,
                ami -> registered(EventType.COPY_IMAGE, ami, request.sourceImageId(), request.sourceRegion()));
    }

    ActionResult<Ami> deregisterImage(Actor actor, String imageId, Instant now) {
        ActionResult<Ami> result = findOwnImage(imageId).flatMap(owned -> {
            if (owned.stateAt(now) == ImageState.DEREGISTERED) {
                return ActionResult.failure(Refusal.IMAGE_ALREADY_DEREGISTERED.error(imageId));
            }
            OwnedAmi gone = owned.deregistered(now);
            resources.images.put(imageId, gone);
            return ActionResult.success(gone.ami());
        });
        return log.record(actor, EventType.DEREGISTER_IMAGE, imageId, now, result,
                a -> new EventDetail.ImageDeregistered(a.id()));
    }

    ActionResult<Ami> modifyLaunchPermission(Actor actor, String imageId, LaunchPermissionChange change, Instant now) {
        ActionResult<Ami> result = findOwnImage(imageId)
                .flatMap(owned -> owned.stateAt(now) == ImageState.DEREGISTERED
                        ? ActionResult.failure(Refusal.AMI_NOT_FOUND.error(imageId, owned.ami().region()))
                        : ImageRules.checkPermissionChange(change)
                                .or(() -> checkPublicSharing(owned.ami(), change))
                                .<ActionResult<OwnedAmi>>map(ActionResult::failure)
                                .orElseGet(() -> ActionResult.success(owned)))
                .map(owned -> {
                    OwnedAmi changed = owned.withLaunchPermission(change.applyTo(owned.ami().launchPermission()));
                    resources.images.put(imageId, changed);
                    return changed.amiAt(now);
                });
        return log.record(actor, EventType.MODIFY_LAUNCH_PERMISSION, imageId, now, result,
                a -> new EventDetail.LaunchPermissionChanged(a.id(), a.launchPermission().isPublic(),
                        a.launchPermission().userIds()));
    }

    /** Block public access refuses a new public AMI only; sharing with accounts, and what is public already, stay. */
    private Optional<Ec2Error> checkPublicSharing(Ami ami, LaunchPermissionChange change) {
        return Checks.refuseIf(change.addGroups().contains(LaunchPermission.ALL) && !ami.launchPermission().isPublic()
                && !resources.publicSharingRegions.contains(ami.region()), () -> Refusal.PUBLIC_SHARING_BLOCKED.error(ami.region()));
    }

    /** EnableImageBlockPublicAccess or DisableImageBlockPublicAccess, for one region; answers the new state. */
    ActionResult<String> setBlockPublicAccess(Actor actor, String region, boolean blocked, Instant now) {
        ActionResult<String> result = checkRegion(region).<ActionResult<String>>map(ActionResult::failure)
                .orElseGet(() -> {
                    if (blocked) {
                        resources.publicSharingRegions.remove(region);
                    } else {
                        resources.publicSharingRegions.add(region);
                    }
                    return ActionResult.success(blocked ? "block-new-sharing" : "unblocked");
                });
        return log.record(actor, EventType.SET_IMAGE_BLOCK_PUBLIC_ACCESS, region, now, result,
                state -> new EventDetail.ImageBlockPublicAccessChanged(region, blocked));
    }

    private static <T> ActionResult<T> unless(Optional<Ec2Error> refused, T value) {
        return refused.<ActionResult<T>>map(ActionResult::failure).orElseGet(() -> ActionResult.success(value));
    }

    /** AMI names follow EC2's pattern and are unique per account and region. */
    private Optional<Ec2Error> checkNewName(String name, String region, Instant now) {
        return ImageRules.checkName(name)
                .or(() -> resources.registeredImagesAt(now).stream()
                        .filter(a -> a.region().equals(region) && a.name().equals(name))
                        .findFirst().map(a -> Refusal.IMAGE_NAME_DUPLICATE.error(name, a.id())));
    }

    /**
     * import-image: checks the request as EC2 does, then starts a task that VM Import works on in
     * simulated time. Whether it will fail is settled now, from what the disk holds.
     */
    ActionResult<ImportTask> importImage(Actor actor, String region, String description, DiskImage disk, Instant now) {
        Optional<ImportableSystem> system = ImportableSystem.named(disk.operatingSystem());
        Optional<Ec2Error> refused = checkRegion(region).or(disk::refusal)
                .or(() -> system.isEmpty() ? Optional.of(Refusal.IMPORT_OS_UNKNOWN.error(disk.operatingSystem()))
                        : Optional.empty());
        ActionResult<ImportTask> result = refused.<ActionResult<ImportTask>>map(ActionResult::failure).orElseGet(() -> {
            String taskId = ids.next(ResourceIds.IMPORT_TASK, resources.importTasks::containsKey);
            String imageId = newImageId();
            String snapshotId = ids.next(ResourceIds.SNAPSHOT, id -> resources.snapshots.containsKey(id)
                    || resources.importTasks.values().stream().anyMatch(task -> task.snapshotId().equals(id)));
            DiskImage normalised = new DiskImage(disk.format().toUpperCase(java.util.Locale.ROOT), disk.operatingSystem(),
                    disk.sizeGiB());
            ImportTask task = new ImportTask(taskId, accountId, region, description, normalised, now,
                    system.get().failure(), imageId, snapshotId, false);
            resources.importTasks.put(taskId, task);
            return ActionResult.success(task);
        });
        return log.record(actor, EventType.IMPORT_IMAGE, EventDetail.NO_TARGET, now, result,
                task -> new EventDetail.ImportTaskStarted(task.id(), task.region(), task.disk().format(),
                        task.disk().operatingSystem(), task.disk().sizeGiB()));
    }

    private Optional<Ec2Error> checkRegion(String region) {
        return Checks.refuseIf(catalog.region(region).isEmpty(), () -> Refusal.UNKNOWN_REGION.error(region,
                String.join(", ", catalog.regions().stream().map(Region::code).toList())));
    }

    private ActionResult<OwnedAmi> findOwnImage(String imageId) {
        if (!ResourceIds.wellFormed(ResourceIds.AMI, imageId)) {
            return ActionResult.failure(Refusal.AMI_ID_MALFORMED.error(imageId));
        }
        if (resources.images.containsKey(imageId)) {
            return ActionResult.success(resources.images.get(imageId));
        }
        return ActionResult.failure(catalog.ami(imageId)
                .map(a -> Refusal.IMAGE_NOT_OWNED.error(imageId))
                .orElseGet(() -> Refusal.AMI_NOT_FOUND.error(imageId, "any region")));
    }

    private String newImageId() {
        return ids.next(ResourceIds.AMI, id -> resources.images.containsKey(id) || catalog.ami(id).isPresent()
                || resources.importTasks.values().stream().anyMatch(task -> task.imageId().equals(id)));
    }

    private Ami registerImage(Actor actor, Instance source, CreateImageRequest request, Instant now) {
        if (source.stateAt(now) == InstanceState.RUNNING && !request.noReboot()) {
            log.log(actor, now, new EventDetail.InstanceRebooted(source.id(), true));
            resources.instances.put(source.id(), source.booted());
        }
        String imageId = newImageId();
        List<BlockDeviceMapping> mappings = new ArrayList<>();
        int totalGiB = 0;
        for (Volume volume : resources.attachedVolumes(source, now)) {
            Snapshot snapshot = new Snapshot(ids.next(ResourceIds.SNAPSHOT, resources.snapshots::containsKey),
                    source.region(), volume.id(), volume.sizeGiB(), imageId, now, Optional.empty());
            resources.snapshots.put(snapshot.id(), snapshot);
            mappings.add(BlockDeviceMapping.ebs(volume.deviceName(), new EbsBlockDevice(snapshot.id(), volume.sizeGiB(),
                    volume.volumeType(), volume.deleteOnTermination())));
            totalGiB += volume.sizeGiB();
        }
        mappings.addAll(source.instanceStoreMappings());
        Ami ami = new Ami(imageId, request.name(), request.description(), source.region(), AmiSource.MY_AMIS,
                source.platform(), operatingSystemOf(source), source.architecture(), RootDeviceType.EBS,
                source.rootDeviceName(), source.virtualizationType(), source.rootSizeGiB(), ImageState.PENDING, accountId,
                "", false, mappings, LaunchPermission.PRIVATE, source.softwareHourlyUsd(), source.software().captured());
        resources.images.put(imageId, OwnedAmi.registered(ami, now, now.plus(LifecycleDurations.imageCreation(totalGiB)),
                source.id()));
        return ami;
    }

    private Ami registerBundle(Instance source, BundleInstanceRequest request, Instant now) {
        String imageId = newImageId();
        int sizeGiB = source.rootSizeGiB();
        ImageBundle bundle = ImageBundle.forImage(accountId, imageId, source.region(), sizeGiB, now);
        resources.bundles.put(bundle.location(), bundle);
        Ami ami = new Ami(imageId, request.name(), request.description(), source.region(), AmiSource.MY_AMIS,
                source.platform(), operatingSystemOf(source), source.architecture(), RootDeviceType.INSTANCE_STORE,
                source.rootDeviceName(), source.virtualizationType(), sizeGiB, ImageState.PENDING, accountId, "", false,
                source.instanceStoreMappings(), LaunchPermission.PRIVATE, source.softwareHourlyUsd(),
                source.software().captured());
        resources.images.put(imageId, OwnedAmi.registered(ami, now, now.plus(LifecycleDurations.bundling(sizeGiB)), source.id()));
        return ami;
    }

    private Ami registerCopy(Ami source, CopyImageRequest request, Instant now) {
        String imageId = newImageId();
        String region = request.targetRegion();
        int copiedGiB = 0;
        List<BlockDeviceMapping> mappings = new ArrayList<>();
        if (source.rootDeviceType() == RootDeviceType.INSTANCE_STORE) {
            ImageBundle bundle = ImageBundle.forImage(accountId, imageId, region, source.rootSnapshotSizeGiB(), now);
            resources.bundles.put(bundle.location(), bundle);
            copiedGiB = bundle.sizeGiB();
            mappings.addAll(source.blockDeviceMappings());
        } else {
            for (BlockDeviceMapping mapping : source.blockDeviceMappings()) {
                if (mapping.isEbs() && mapping.ebsVolume().fromSnapshot()) {
                    EbsBlockDevice original = mapping.ebsVolume();
                    Snapshot copy = copySnapshot(original, imageId, region, now);
                    mappings.add(BlockDeviceMapping.ebs(mapping.deviceName(), new EbsBlockDevice(copy.id(),
                            original.volumeSize(), original.volumeType(), original.deleteOnTermination())));
                    copiedGiB += copy.sizeGiB();
                } else {
                    mappings.add(mapping);
                }
            }
        }
        String description = request.description().isBlank()
                ? ("[Copied " + source.id() + " from " + source.region() + "] " + source.description()).strip()
                : request.description();
        Ami copy = new Ami(imageId, request.name(), description, region, AmiSource.MY_AMIS, source.platform(),
                source.operatingSystem(), source.architecture(), source.rootDeviceType(), source.rootDeviceName(),
                source.virtualizationType(), source.rootSnapshotSizeGiB(), ImageState.PENDING, accountId, "", false,
                mappings, LaunchPermission.PRIVATE, source.softwareHourlyUsd(), source.software());
        resources.images.put(imageId, OwnedAmi.registered(copy, now, now.plus(LifecycleDurations.imageCopy(copiedGiB)),
                source.id()));
        return copy;
    }

    /** A snapshot of the copy, as big as the one it copies. */
    private Snapshot copySnapshot(EbsBlockDevice original, String imageId, String region, Instant now) {
        int sizeGiB = Optional.ofNullable(resources.snapshots.get(original.snapshotId())).map(Snapshot::sizeGiB)
                .orElse(original.volumeSize());
        Snapshot copy = new Snapshot(ids.next(ResourceIds.SNAPSHOT, resources.snapshots::containsKey), region,
                COPIED_VOLUME_ID, sizeGiB, imageId, now, Optional.empty());
        resources.snapshots.put(copy.id(), copy);
        return copy;
    }

    private String operatingSystemOf(Instance instance) {
        if (!instance.operatingSystem().isEmpty()) {
            return instance.operatingSystem();
        }
        return catalog.ami(instance.imageId())
                .or(() -> Optional.ofNullable(resources.images.get(instance.imageId())).map(OwnedAmi::ami))
                .map(Ami::operatingSystem).orElse(instance.platform().name());
    }

    private static EventDetail registered(EventType way, Ami ami, String source, String sourceRegion) {
        return new EventDetail.ImageRegistered(way, ami.id(), ami.name(), ami.region(), ami.rootDeviceType(), source,
                sourceRegion);
    }
}
