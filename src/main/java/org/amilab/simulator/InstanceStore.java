package org.amilab.simulator;

/** The local disks that come with an instance type; their data is lost on stop and terminate. */
public record InstanceStore(int count, int sizeGiB) {

    public static final InstanceStore NONE = new InstanceStore(0, 0);

    public InstanceStore {
        Require.that(count >= 0, "instance store count must not be negative");
        Require.that(count == 0 ? sizeGiB == 0 : sizeGiB > 0, "instance store size must be positive exactly when there are volumes");
    }

    public boolean present() {
        return count > 0;
    }
}
