package org.amilab.content;

import org.amilab.simulator.Ec2Error;

/** The explanations of the shipped content, for tests anywhere that check what a learner reads about a refusal. */
public final class ShippedExplanations {

    private static final LoadedContent SHIPPED = new ContentLoader().load(ContentFiles.folder(ContentFixture.SHIPPED));

    private ShippedExplanations() {
    }

    public static Explanation explain(Ec2Error error) {
        return SHIPPED.refusals().explain(error);
    }

    public static RefusalExplanations refusals() {
        return SHIPPED.refusals();
    }

    static Course course() {
        return SHIPPED.course();
    }
}
