package org.amilab.security;

/**
 * A request about an account that cannot be carried out, with the form field it concerns so the
 * view can put the message right beside it.
 */
public class AccountProblem extends RuntimeException {

    public enum Field { USERNAME, DISPLAY_NAME, PASSWORD, CURRENT_PASSWORD, ACCOUNT }

    private final Field field;

    AccountProblem(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
