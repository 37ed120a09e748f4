package org.amilab.simulator;

import java.util.List;
import java.util.Optional;

/**
 * A launch request that passed every rule: what each new instance gets. {@code rootVolume} is empty
 * for an instance store-backed AMI, whose root lives on the host.
 */
record LaunchPlan(Ami ami, InstanceType type, int rootSizeGiB, Optional<EbsBlockDevice> rootVolume,
                  List<BlockDeviceMapping> ebsMappings, List<BlockDeviceMapping> instanceStoreMappings) {
}
