package org.amilab.simulator;

/** Limits of one learner's playground. EC2 limits instances per account; here the learner is the account. */
public record PlaygroundSettings(int instanceQuota) {

    public static final PlaygroundSettings DEFAULT = new PlaygroundSettings(20);

    public PlaygroundSettings {
        Require.positive(instanceQuota, "instanceQuota");
    }
}
