package org.amilab.simulator;

/** The EBS volume states the playground shows. */
public enum VolumeState {
    IN_USE("in-use"),
    AVAILABLE("available"),
    DELETED("deleted");

    private final String apiName;

    VolumeState(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
