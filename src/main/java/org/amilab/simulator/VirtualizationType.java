package org.amilab.simulator;

/** HVM is what current instance types need; paravirtual AMIs only boot on a few older types. */
public enum VirtualizationType {
    HVM("hvm"),
    PARAVIRTUAL("paravirtual");

    private final String apiName;

    VirtualizationType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
