package org.amilab.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the launch wizard sends. The root volume size and type default to the AMI's;
 * {@code blockDeviceMappings} are the extra devices (EBS volumes or instance store volumes).
 */
public record LaunchRequest(String region, String imageId, String instanceType, int count,
                            Optional<Integer> rootVolumeSizeGiB, Optional<VolumeType> rootVolumeType,
                            List<BlockDeviceMapping> blockDeviceMappings, boolean terminationProtection) {

    public LaunchRequest {
        Require.text(region, "region");
        imageId = imageId == null ? "" : imageId;
        Require.text(instanceType, "instanceType");
        rootVolumeSizeGiB = rootVolumeSizeGiB == null ? Optional.empty() : rootVolumeSizeGiB;
        rootVolumeType = rootVolumeType == null ? Optional.empty() : rootVolumeType;
        blockDeviceMappings = Require.listOrEmpty(blockDeviceMappings);
    }

    /** One instance with everything else as the AMI says. */
    public static LaunchRequest of(String region, String imageId, String instanceType) {
        return new LaunchRequest(region, imageId, instanceType, 1, Optional.empty(), Optional.empty(), List.of(), false);
    }

    public LaunchRequest withCount(int newCount) {
        return new LaunchRequest(region, imageId, instanceType, newCount, rootVolumeSizeGiB, rootVolumeType,
                blockDeviceMappings, terminationProtection);
    }

    public LaunchRequest withRootVolumeSize(int sizeGiB) {
        return new LaunchRequest(region, imageId, instanceType, count, Optional.of(sizeGiB), rootVolumeType,
                blockDeviceMappings, terminationProtection);
    }

    public LaunchRequest withRootVolumeType(VolumeType type) {
        return new LaunchRequest(region, imageId, instanceType, count, rootVolumeSizeGiB, Optional.of(type),
                blockDeviceMappings, terminationProtection);
    }

    public LaunchRequest withMapping(BlockDeviceMapping mapping) {
        List<BlockDeviceMapping> more = new ArrayList<>(blockDeviceMappings);
        more.add(mapping);
        return new LaunchRequest(region, imageId, instanceType, count, rootVolumeSizeGiB, rootVolumeType, more,
                terminationProtection);
    }

    public LaunchRequest withTerminationProtection(boolean enabled) {
        return new LaunchRequest(region, imageId, instanceType, count, rootVolumeSizeGiB, rootVolumeType,
                blockDeviceMappings, enabled);
    }
}
