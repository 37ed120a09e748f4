package org.amilab.simulator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An Amazon Machine Image in one region. The same image published in two regions has two ids.
 *
 * <p>For an EBS-backed AMI the block device mappings include the root device, whose EBS size is
 * the default root volume size; {@code rootSnapshotSizeGiB} is the smallest root volume it fits on.
 * For an instance store-backed AMI the root is the image bundle in S3, copied at boot onto the
 * instance's local disk, and {@code rootSnapshotSizeGiB} is the size of that bundle.
 * Optional keys of the content file ({@code ownerAlias}, {@code blockDeviceMappings},
 * {@code launchPermission}, {@code softwareHourlyUsd}) default to empty, none, private and zero.
 * {@code software} is what an AMI of the learner's own captured; a published AMI has none beyond
 * what its operating system comes with.
 */
public record Ami(
        String id,
        String name,
        String description,
        String region,
        AmiSource source,
        Platform platform,
        String operatingSystem,
        Architecture architecture,
        RootDeviceType rootDeviceType,
        String rootDeviceName,
        VirtualizationType virtualizationType,
        int rootSnapshotSizeGiB,
        ImageState state,
        String ownerId,
        String ownerAlias,
        boolean verifiedProvider,
        List<BlockDeviceMapping> blockDeviceMappings,
        LaunchPermission launchPermission,
        BigDecimal softwareHourlyUsd,
        SoftwareConfiguration software) {

    /** The instance store root device holds at most 10 GiB. */
    public static final int INSTANCE_STORE_ROOT_MAX_GIB = 10;

    public Ami {
        Require.that(ResourceIds.wellFormed(ResourceIds.AMI, id), "malformed AMI id " + id);
        Require.text(name, "name of " + id);
        description = description == null ? "" : description;
        Require.text(region, "region of " + id);
        Require.present(source, "source of " + id);
        Require.present(platform, "platform of " + id);
        Require.text(operatingSystem, "operatingSystem of " + id);
        Require.present(architecture, "architecture of " + id);
        Require.present(rootDeviceType, "rootDeviceType of " + id);
        Require.text(rootDeviceName, "rootDeviceName of " + id);
        Require.present(virtualizationType, "virtualizationType of " + id);
        Require.positive(rootSnapshotSizeGiB, "rootSnapshotSizeGiB of " + id);
        Require.present(state, "state of " + id);
        Require.text(ownerId, "ownerId of " + id);
        ownerAlias = ownerAlias == null ? "" : ownerAlias;
        blockDeviceMappings = Require.listOrEmpty(blockDeviceMappings);
        launchPermission = launchPermission == null ? LaunchPermission.PRIVATE : launchPermission;
        softwareHourlyUsd = softwareHourlyUsd == null ? BigDecimal.ZERO : softwareHourlyUsd;
        Require.that(softwareHourlyUsd.signum() >= 0, "softwareHourlyUsd of " + id + " must not be negative");
        checkRoot(id, rootDeviceType, rootDeviceName, rootSnapshotSizeGiB, blockDeviceMappings);
        software = software == null ? SoftwareConfiguration.NONE : software;
    }

    private static void checkRoot(String id, RootDeviceType type, String rootDevice, int snapshotGiB,
                                  List<BlockDeviceMapping> mappings) {
        Optional<BlockDeviceMapping> root = mappings.stream().filter(m -> m.deviceName().equals(rootDevice)).findFirst();
        if (type == RootDeviceType.INSTANCE_STORE) {
            Require.that(snapshotGiB <= INSTANCE_STORE_ROOT_MAX_GIB, id + ": an instance store root holds at most 10 GiB");
            Require.that(root.isEmpty(), id + ": an instance store-backed AMI has no mapping for its root device");
            return;
        }
        Require.that(root.isPresent() && root.get().isEbs(), id + ": an EBS-backed AMI maps its root device to EBS");
        Require.that(root.get().ebsVolume().volumeSize() >= snapshotGiB, id + ": the default root volume is smaller than the snapshot");
    }

    /** The EBS root mapping of an EBS-backed AMI. */
    public Optional<BlockDeviceMapping> rootMapping() {
        return blockDeviceMappings.stream().filter(m -> m.deviceName().equals(rootDeviceName)).findFirst();
    }

    public List<BlockDeviceMapping> nonRootMappings() {
        return blockDeviceMappings.stream().filter(m -> !m.deviceName().equals(rootDeviceName)).toList();
    }

    public boolean launchableBy(String accountId) {
        return ownerId.equals(accountId) || launchPermission.allows(accountId);
    }

    public Ami withState(ImageState newState) {
        return new Ami(id, name, description, region, source, platform, operatingSystem, architecture, rootDeviceType,
                rootDeviceName, virtualizationType, rootSnapshotSizeGiB, newState, ownerId, ownerAlias, verifiedProvider,
                blockDeviceMappings, launchPermission, softwareHourlyUsd, software);
    }

    public Ami withLaunchPermission(LaunchPermission newPermission) {
        return new Ami(id, name, description, region, source, platform, operatingSystem, architecture, rootDeviceType,
                rootDeviceName, virtualizationType, rootSnapshotSizeGiB, state, ownerId, ownerAlias, verifiedProvider,
                blockDeviceMappings, newPermission, softwareHourlyUsd, software);
    }
}
