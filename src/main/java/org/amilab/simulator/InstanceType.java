package org.amilab.simulator;

/**
 * An instance type as the catalog lists it. Prices are not here: they live in the {@link PriceBook}
 * so that all illustrative prices sit in one file.
 */
public record InstanceType(
        String name,
        Architecture architecture,
        int vcpus,
        int memoryMiB,
        InstanceStore instanceStore,
        boolean supportsParavirtual,
        boolean supportsInstanceStoreRoot,
        boolean currentGeneration) {

    public InstanceType {
        Require.text(name, "instance type name");
        Require.present(architecture, "architecture of " + name);
        Require.positive(vcpus, "vcpus of " + name);
        Require.positive(memoryMiB, "memoryMiB of " + name);
        instanceStore = instanceStore == null ? InstanceStore.NONE : instanceStore;
        Require.that(!supportsInstanceStoreRoot || instanceStore.present(),
                name + " cannot boot from instance store without instance store volumes");
    }

    public boolean supports(VirtualizationType virtualizationType) {
        return virtualizationType == VirtualizationType.HVM || supportsParavirtual;
    }

    public boolean supports(RootDeviceType rootDeviceType) {
        return rootDeviceType == RootDeviceType.EBS || supportsInstanceStoreRoot;
    }
}
