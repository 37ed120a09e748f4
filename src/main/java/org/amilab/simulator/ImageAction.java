package org.amilab.simulator;

import java.util.Optional;

/**
 * The actions a learner takes on an AMI, asked in advance: would EC2 refuse it now? The playground
 * greys out what would be refused and says why.
 */
public enum ImageAction {
    COPY;

    /** EC2's refusal if the action were taken on {@code image} (as of now) by {@code accountId}; empty when accepted. */
    public Optional<Ec2Error> refusal(Ami image, String accountId) {
        return switch (this) {
            case COPY -> ImageRules.checkCopySource(image, accountId);
        };
    }
}
