package org.amilab.base;

import java.util.OptionalLong;

/**
 * The stable id of a user, which every feature stores instead of the username. The security feature
 * implements it, as it owns the accounts.
 */
public interface UserIds {

    OptionalLong idOf(String username);

    /** The signed-in user's id; empty for a visitor. */
    default OptionalLong signedIn() {
        return SignedIn.username().map(this::idOf).orElse(OptionalLong.empty());
    }
}
