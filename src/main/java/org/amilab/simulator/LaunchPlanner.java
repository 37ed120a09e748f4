package org.amilab.simulator;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Checks a launch request against the launch rules, in the order EC2 would report them. */
final class LaunchPlanner {

    /** The longest value of a tag, and so of the Name tag. */
    static final int MAX_NAME_LENGTH = 256;

    private final Catalog catalog;
    private final Function<String, Optional<Ami>> visibleImages;

    /** {@code visibleImages} finds an AMI the learner can see right now, in any region. */
    LaunchPlanner(Catalog catalog, Function<String, Optional<Ami>> visibleImages) {
        this.catalog = catalog;
        this.visibleImages = visibleImages;
    }

    ActionResult<LaunchPlan> plan(LaunchRequest request) {
        Optional<Ec2Error> early = Checks.first(
                () -> Checks.refuseIf(request.count() < 1, () -> Refusal.COUNT_TOO_SMALL.error(request.count())),
                () -> Checks.refuseIf(request.name().length() > MAX_NAME_LENGTH,
                        () -> Refusal.NAME_TOO_LONG.error(request.name().length())),
                () -> Checks.refuseIf(!ResourceIds.wellFormed(ResourceIds.AMI, request.imageId()),
                        () -> Refusal.AMI_ID_MALFORMED.error(request.imageId())));
        if (early.isPresent()) {
            return ActionResult.failure(early.get());
        }
        Optional<Ami> ami = visibleImages.apply(request.imageId()).filter(a -> a.region().equals(request.region()));
        if (ami.isEmpty()) {
            return ActionResult.failure(Refusal.AMI_NOT_FOUND.error(request.imageId(), request.region()));
        }
        return planFor(ami.get(), request);
    }

    private ActionResult<LaunchPlan> planFor(Ami ami, LaunchRequest request) {
        if (ami.state() != ImageState.AVAILABLE) {
            return ActionResult.failure(Refusal.AMI_NOT_AVAILABLE.error(ami.id(), ami.state().apiName()));
        }
        Optional<InstanceType> type = catalog.instanceType(request.instanceType());
        if (type.isEmpty()) {
            return ActionResult.failure(Refusal.UNKNOWN_INSTANCE_TYPE.error(request.instanceType()));
        }
        Optional<Ec2Error> incompatible = Compatibility.check(type.get(), ami.id(), ami.architecture(),
                ami.virtualizationType(), ami.rootDeviceType());
        if (incompatible.isPresent()) {
            return ActionResult.failure(incompatible.get());
        }
        return ami.rootDeviceType() == RootDeviceType.EBS ? planEbsRoot(ami, type.get(), request)
                : planInstanceStoreRoot(ami, type.get(), request);
    }

    private ActionResult<LaunchPlan> planInstanceStoreRoot(Ami ami, InstanceType type, LaunchRequest request) {
        int size = request.rootVolumeSizeGiB().orElse(ami.rootSnapshotSizeGiB());
        Optional<Ec2Error> refused = Checks.first(
                () -> Checks.refuseIf(request.rootVolumeType().isPresent(),
                        () -> Refusal.INSTANCE_STORE_ROOT_HAS_NO_VOLUME_TYPE.error(ami.id())),
                () -> Checks.refuseIf(request.stopProtection(),
                        () -> Refusal.STOP_PROTECTION_AT_LAUNCH_NOT_SUPPORTED.error(ami.id())),
                () -> Checks.refuseIf(size < ami.rootSnapshotSizeGiB(),
                        () -> Refusal.ROOT_SMALLER_THAN_SNAPSHOT.error(size, ami.id(), ami.rootSnapshotSizeGiB())),
                () -> Checks.refuseIf(size > Ami.INSTANCE_STORE_ROOT_MAX_GIB,
                        () -> Refusal.INSTANCE_STORE_ROOT_TOO_LARGE.error(size)));
        return refused.<ActionResult<LaunchPlan>>map(ActionResult::failure)
                .orElseGet(() -> withExtraDevices(ami, type, size, Optional.empty(), request));
    }

    private ActionResult<LaunchPlan> planEbsRoot(Ami ami, InstanceType type, LaunchRequest request) {
        EbsBlockDevice defaults = ami.rootMapping().orElseThrow().ebsVolume();
        VolumeType volumeType = request.rootVolumeType().orElse(defaults.volumeType());
        int size = request.rootVolumeSizeGiB().orElse(defaults.volumeSize());
        String snapshot = defaults.fromSnapshot() ? defaults.snapshotId() : ami.id();
        Optional<Ec2Error> refused = Checks.first(
                () -> Checks.refuseIf(!volumeType.bootable(), () -> Refusal.VOLUME_TYPE_NOT_BOOTABLE.error(volumeType.apiName())),
                () -> Checks.refuseIf(size < ami.rootSnapshotSizeGiB(),
                        () -> Refusal.ROOT_SMALLER_THAN_SNAPSHOT.error(size, snapshot, ami.rootSnapshotSizeGiB())),
                () -> sizeInRange(ami.rootDeviceName(), size, volumeType));
        // the volume is built only once its size is known to be allowed: a zero or negative size cannot exist
        return refused.<ActionResult<LaunchPlan>>map(ActionResult::failure)
                .orElseGet(() -> withExtraDevices(ami, type, size,
                        Optional.of(new EbsBlockDevice(defaults.snapshotId(), size, volumeType,
                                defaults.deleteOnTermination())), request));
    }

    private ActionResult<LaunchPlan> withExtraDevices(Ami ami, InstanceType type, int rootSize, Optional<EbsBlockDevice> root,
                                                      LaunchRequest request) {
        Optional<Ec2Error> refused = Checks.first(
                () -> duplicateDevice(ami, request.blockDeviceMappings()),
                () -> request.blockDeviceMappings().stream().filter(BlockDeviceMapping::isEbs)
                        .map(m -> sizeInRange(m.deviceName(), m.ebsVolume().volumeSize(), m.ebsVolume().volumeType()))
                        .flatMap(Optional::stream).findFirst(),
                () -> Compatibility.checkInstanceStore(type, request.blockDeviceMappings()));
        if (refused.isPresent()) {
            return ActionResult.failure(refused.get());
        }
        List<BlockDeviceMapping> devices = merged(ami, request.blockDeviceMappings());
        List<BlockDeviceMapping> ebs = devices.stream().filter(BlockDeviceMapping::isEbs).toList();
        List<BlockDeviceMapping> local = devices.stream().filter(BlockDeviceMapping::isInstanceStore)
                .filter(m -> m.ephemeralIndex() < type.instanceStore().count()).toList();
        return ActionResult.success(new LaunchPlan(ami, type, rootSize, root, ebs, local));
    }

    /** A requested device replaces the AMI's mapping of the same name, as in EC2. */
    static List<BlockDeviceMapping> merged(Ami ami, List<BlockDeviceMapping> requested) {
        Map<String, BlockDeviceMapping> byDevice = new LinkedHashMap<>();
        ami.nonRootMappings().forEach(m -> byDevice.put(m.deviceName(), m));
        requested.forEach(m -> byDevice.put(m.deviceName(), m));
        return List.copyOf(byDevice.values());
    }

    private static Optional<Ec2Error> duplicateDevice(Ami ami, List<BlockDeviceMapping> requested) {
        Set<String> seen = new HashSet<>(Set.of(ami.rootDeviceName()));
        return requested.stream().map(BlockDeviceMapping::deviceName).filter(name -> !seen.add(name)).findFirst()
                .map(Refusal.DUPLICATE_DEVICE::error);
    }

    private static Optional<Ec2Error> sizeInRange(String device, int size, VolumeType type) {
        return Checks.refuseIf(!type.allowsSize(size), () -> Refusal.VOLUME_SIZE_OUT_OF_RANGE.error(
                device, size, type.apiName(), type.minSizeGiB(), type.maxSizeGiB()));
    }
}
