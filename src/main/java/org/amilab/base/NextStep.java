package org.amilab.base;

import java.util.Optional;

/** The one step recommended to a learner now, with the address that starts it. */
public record NextStep(String text, String href) {

    /**
     * Where the signed-in learner should carry on. The progress feature implements it, so that the
     * home page can greet a returning learner without base depending on progress.
     */
    public interface Advice {

        /** Empty for a visitor. */
        Optional<NextStep> forSignedIn();
    }
}
