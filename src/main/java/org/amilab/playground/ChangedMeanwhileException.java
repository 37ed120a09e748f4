package org.amilab.playground;

/**
 * The learner's playground changed between loading it and saving it, typically through an action
 * in another browser tab. Nothing of this action was saved; the other one stands.
 */
public class ChangedMeanwhileException extends RuntimeException {

    public static final String MESSAGE = "Your playground changed meanwhile, perhaps in another tab. "
            + "Look again and retry.";

    ChangedMeanwhileException(Throwable cause) {
        super(MESSAGE, cause);
    }
}
