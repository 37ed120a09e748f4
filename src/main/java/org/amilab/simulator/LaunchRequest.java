package org.amilab.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the launch wizard sends. The root volume size and type default to the AMI's;
 * {@code blockDeviceMappings} are the extra devices (EBS volumes or instance store volumes).
 * {@code name} is the value of the instance's Name tag (blank for none); every instance of the
 * launch gets the same one, as in the EC2 console.
 */
public record LaunchRequest(String region, String imageId, String instanceType, int count, String name,
                            Optional<Integer> rootVolumeSizeGiB, Optional<VolumeType> rootVolumeType,
                            List<BlockDeviceMapping> blockDeviceMappings, boolean terminationProtection,
                            boolean stopProtection) {

    public LaunchRequest {
        Require.text(region, "region");
        imageId = imageId == null ? "" : imageId;
        Require.text(instanceType, "instanceType");
        name = name == null ? "" : name.strip();
        rootVolumeSizeGiB = rootVolumeSizeGiB == null ? Optional.empty() : rootVolumeSizeGiB;
        rootVolumeType = rootVolumeType == null ? Optional.empty() : rootVolumeType;
        blockDeviceMappings = Require.listOrEmpty(blockDeviceMappings);
    }

    /** One instance with everything else as the AMI says. */
    public static LaunchRequest of(String region, String imageId, String instanceType) {
        return new LaunchRequest(region, imageId, instanceType, 1, "", Optional.empty(), Optional.empty(), List.of(),
                false, false);
    }

    public LaunchRequest withCount(int newCount) {
        return new LaunchRequest(region, imageId, instanceType, newCount, name, rootVolumeSizeGiB, rootVolumeType,
                blockDeviceMappings, terminationProtection, stopProtection);
    }

    public LaunchRequest withName(String newName) {
        return new LaunchRequest(region, imageId, instanceType, count, newName, rootVolumeSizeGiB, rootVolumeType,
                blockDeviceMappings, terminationProtection, stopProtection);
    }

    public LaunchRequest withRootVolumeSize(int sizeGiB) {
        return new LaunchRequest(region, imageId, instanceType, count, name, Optional.of(sizeGiB), rootVolumeType,
                blockDeviceMappings, terminationProtection, stopProtection);
    }

    public LaunchRequest withRootVolumeType(VolumeType type) {
        return new LaunchRequest(region, imageId, instanceType, count, name, rootVolumeSizeGiB, Optional.of(type),
                blockDeviceMappings, terminationProtection, stopProtection);
    }

    public LaunchRequest withMapping(BlockDeviceMapping mapping) {
        List<BlockDeviceMapping> more = new ArrayList<>(blockDeviceMappings);
        more.add(mapping);
        return new LaunchRequest(region, imageId, instanceType, count, name, rootVolumeSizeGiB, rootVolumeType, more,
                terminationProtection, stopProtection);
    }

    public LaunchRequest withTerminationProtection(boolean enabled) {
        return new LaunchRequest(region, imageId, instanceType, count, name, rootVolumeSizeGiB, rootVolumeType,
                blockDeviceMappings, enabled, stopProtection);
    }

    public LaunchRequest withStopProtection(boolean enabled) {
        return new LaunchRequest(region, imageId, instanceType, count, name, rootVolumeSizeGiB, rootVolumeType,
                blockDeviceMappings, terminationProtection, enabled);
    }
}
