package org.amilab.simulator;

/**
 * One charge: {@code resourceId} is what is billed (instance, volume, snapshot, or an S3 bundle by its
 * location) and {@code instanceId} the instance it belongs to, empty for AMI storage and unattached volumes.
 */
public record CostLine(CostCategory category, String resourceId, String instanceId, Money amount) {

    public CostLine {
        Require.present(category, "category");
        Require.text(resourceId, "resourceId");
        instanceId = instanceId == null ? "" : instanceId;
        Require.present(amount, "amount");
    }
}
