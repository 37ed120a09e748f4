package org.amilab.simulator;

/**
 * Bundling an instance store-backed instance and registering the bundle as an AMI named {@code name}.
 * Where the bundle goes is chosen for the learner (see {@link ImageBundle#forImage}).
 */
public record BundleInstanceRequest(String instanceId, String name, String description) {

    public BundleInstanceRequest {
        instanceId = instanceId == null ? "" : instanceId;
        name = name == null ? "" : name;
        description = description == null ? "" : description;
    }

    public static BundleInstanceRequest of(String instanceId, String name) {
        return new BundleInstanceRequest(instanceId, name, "");
    }
}
