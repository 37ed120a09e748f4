package org.amilab.playground.ui;

import org.amilab.content.RefusalExplanations;
import org.amilab.simulator.Ec2Error;

/** An EC2 refusal as the learner reads it: EC2's code and message, then our explanation. */
final class ErrorText {

    private ErrorText() {
    }

    static String of(Ec2Error error, RefusalExplanations explanations) {
        return error.code() + ": " + error.message() + " " + explanations.explain(error).text();
    }
}
