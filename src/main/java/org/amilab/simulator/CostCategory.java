package org.amilab.simulator;

/** What a charge is for, matching the lines of the lesson on instance charges. */
public enum CostCategory {
    /** Instance usage, per second while running. */
    COMPUTE,
    /** EBS volumes, per GB-month for as long as they exist. */
    EBS,
    /** The learner's own AMIs: EBS snapshots, or S3 bundles for instance store-backed AMIs. */
    AMI_STORAGE,
    /** Marketplace software, per hour begun each time the instance runs. */
    SOFTWARE
}
