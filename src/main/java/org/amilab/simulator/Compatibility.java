package org.amilab.simulator;

import java.util.List;
import java.util.Optional;

/** Whether an image's kind of root, processor and virtualization fit an instance type; used at launch and on type changes. */
final class Compatibility {

    private Compatibility() {
    }

    static Optional<Ec2Error> check(InstanceType type, String imageId, Architecture architecture,
                                    VirtualizationType virtualization, RootDeviceType root) {
        return Checks.first(
                () -> Checks.refuseIf(type.architecture() != architecture, () -> Refusal.ARCHITECTURE_MISMATCH.error(
                        type.name(), type.architecture().apiName(), imageId, architecture.apiName())),
                () -> Checks.refuseIf(!type.supports(virtualization),
                        () -> Refusal.PARAVIRTUAL_NOT_SUPPORTED.error(type.name(), imageId)),
                () -> Checks.refuseIf(!type.supports(root),
                        () -> Refusal.INSTANCE_STORE_ROOT_NOT_SUPPORTED.error(type.name(), imageId)));
    }

    static Optional<Ec2Error> checkInstanceStore(InstanceType type, List<BlockDeviceMapping> mappings) {
        return mappings.stream().filter(BlockDeviceMapping::isInstanceStore)
                .filter(m -> m.ephemeralIndex() >= type.instanceStore().count())
                .findFirst()
                .map(m -> Refusal.NO_SUCH_INSTANCE_STORE_VOLUME.error(m.deviceName(), m.virtualName(), type.name(),
                        type.instanceStore().count()));
    }

    static Optional<Ec2Error> checkInstance(Instance instance, InstanceType newType) {
        return Checks.first(
                () -> check(newType, instance.imageId(), instance.architecture(), instance.virtualizationType(),
                        instance.rootDeviceType()),
                () -> checkInstanceStore(newType, instance.instanceStoreMappings()));
    }
}
