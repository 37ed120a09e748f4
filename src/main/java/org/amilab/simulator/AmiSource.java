package org.amilab.simulator;

/** The four places the launch wizard lists AMIs from. */
public enum AmiSource {
    /** Provided by AWS. */
    QUICK_START,
    /** Created by the learner in the playground. */
    MY_AMIS,
    /** Sold by third parties; may carry a software charge per running hour. */
    MARKETPLACE,
    /** Shared by anyone: use at your own risk. */
    COMMUNITY
}
