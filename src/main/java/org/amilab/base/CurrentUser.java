package org.amilab.base;

import java.util.Optional;

/**
 * What the shared layout needs to know about whoever is looking at the page. The security feature
 * implements it, so that base never depends on security (security's views use base's layout).
 */
public interface CurrentUser {

    /** The signed-in user's display name, or empty for a visitor. */
    Optional<String> displayName();

    /** The remembered theme of the signed-in user; a visitor always starts light. */
    boolean prefersDarkTheme();

    /** Stores the choice for the signed-in user; for a visitor it lasts as long as the browser session. */
    void rememberTheme(boolean dark);

    void signOut();
}
