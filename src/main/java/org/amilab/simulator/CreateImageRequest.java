package org.amilab.simulator;

/** CreateImage: EC2 reboots a running instance first, for a consistent file system, unless {@code noReboot}. */
public record CreateImageRequest(String instanceId, String name, String description, boolean noReboot) {

    public CreateImageRequest {
        instanceId = instanceId == null ? "" : instanceId;
        name = name == null ? "" : name;
        description = description == null ? "" : description;
    }

    public static CreateImageRequest of(String instanceId, String name) {
        return new CreateImageRequest(instanceId, name, "", false);
    }
}
