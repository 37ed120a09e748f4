package org.amilab.content;

import org.amilab.simulator.Ec2Error;

/** The shipped content as the loader reads it, for tests anywhere: what a learner reads about a refusal, the price book. */
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

    /** The shipped price book, as the content loader reads it. */
    public static org.amilab.simulator.PriceBook prices() {
        return SHIPPED.prices();
    }

    static Course course() {
        return SHIPPED.course();
    }
}
