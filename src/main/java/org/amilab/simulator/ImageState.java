package org.amilab.simulator;

/** The states EC2 reports for an AMI; only {@link #AVAILABLE} images can be launched. */
public enum ImageState {
    PENDING("pending"),
    AVAILABLE("available"),
    INVALID("invalid"),
    DEREGISTERED("deregistered"),
    TRANSIENT("transient"),
    FAILED("failed"),
    ERROR("error"),
    DISABLED("disabled");

    private final String apiName;

    ImageState(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
