package org.amilab.simulator;

/** Where the root device of an AMI lives, which decides whether an instance can ever be stopped. */
public enum RootDeviceType {
    EBS("ebs"),
    INSTANCE_STORE("instance-store");

    private final String apiName;

    RootDeviceType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
