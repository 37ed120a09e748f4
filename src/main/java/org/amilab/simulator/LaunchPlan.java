package org.amilab.simulator;

import java.util.List;

/**
 * A launch request that passed every rule: what each new instance gets. {@code rootVolume} is null
 * for an instance store-backed AMI, whose root lives on the host.
 */
record LaunchPlan(Ami ami, InstanceType type, int rootSizeGiB, EbsBlockDevice rootVolume,
                  List<BlockDeviceMapping> ebsMappings, List<BlockDeviceMapping> instanceStoreMappings) {
}
