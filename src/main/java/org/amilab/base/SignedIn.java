package org.amilab.base;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in on this request. Services take the learner from here, never from a parameter,
 * so nobody reaches another learner's data by passing another name.
 */
public final class SignedIn {

    private SignedIn() {
    }

    /** The signed-in username; empty for a visitor (Spring's anonymous token counts as nobody). */
    public static Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(auth.getName());
    }
}
