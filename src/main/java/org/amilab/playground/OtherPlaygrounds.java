package org.amilab.playground;

import java.util.List;

/**
 * The playgrounds a learner has besides the free one, such as those of the guided challenges they
 * have open, so that the playground page can offer to switch. Features that make playgrounds of
 * their own implement it; the playground knows none of them.
 */
public interface OtherPlaygrounds {

    /** One playground to switch to: its purpose, what the learner calls it, and the page that opens it. */
    record Choice(String purpose, String name, String href) {
    }

    /** The signed-in learner's, in the order to list them. */
    List<Choice> ofSignedInLearner();
}
