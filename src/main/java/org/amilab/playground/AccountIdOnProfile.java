package org.amilab.playground;

import java.util.List;
import org.amilab.base.ProfileFact;
import org.amilab.base.ProfileFacts;
import org.springframework.stereotype.Component;

/** A learner's AWS account id on their profile, where a classmate looks it up to share an AMI with them. */
@Component
class AccountIdOnProfile implements ProfileFacts {

    private final ImageSharing sharing;

    AccountIdOnProfile(ImageSharing sharing) {
        this.sharing = sharing;
    }

    @Override
    public List<ProfileFact> ofSignedInUser() {
        return List.of(new ProfileFact("aws-account-id", "AWS account id", sharing.myAccountId(),
                "Your playground is this simulated AWS account. Another learner shares an AMI with you by this id; "
                        + "you find it under Launch › My AMIs."));
    }
}
