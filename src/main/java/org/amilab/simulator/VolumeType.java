package org.amilab.simulator;

/**
 * EBS volume types with the size range AWS allows today. The course notes give 16 TiB as the
 * EBS root limit; gp3 and io2 have since grown to 64 TiB, so the limit belongs to the type.
 */
public enum VolumeType {
    GP2("gp2", 1, 16_384, true),
    GP3("gp3", 1, 65_536, true),
    IO1("io1", 4, 16_384, true),
    IO2("io2", 4, 65_536, true),
    ST1("st1", 125, 16_384, false),
    SC1("sc1", 125, 16_384, false);

    private final String apiName;
    private final int minSizeGiB;
    private final int maxSizeGiB;
    private final boolean bootable;

    VolumeType(String apiName, int minSizeGiB, int maxSizeGiB, boolean bootable) {
        this.apiName = apiName;
        this.minSizeGiB = minSizeGiB;
        this.maxSizeGiB = maxSizeGiB;
        this.bootable = bootable;
    }

    public String apiName() {
        return apiName;
    }

    public int minSizeGiB() {
        return minSizeGiB;
    }

    public int maxSizeGiB() {
        return maxSizeGiB;
    }

    /** Throughput-optimised HDD volumes (st1, sc1) cannot hold an operating system to boot from. */
    public boolean bootable() {
        return bootable;
    }

    public boolean allowsSize(int sizeGiB) {
        return sizeGiB >= minSizeGiB && sizeGiB <= maxSizeGiB;
    }
}
