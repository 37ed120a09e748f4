package org.amilab;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs code as a signed-in learner on the current thread, for tests with several learners or threads. */
public final class SignedInAs {

    private SignedInAs() {
    }

    public static <T> T as(String username, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext learner = SecurityContextHolder.createEmptyContext();
        learner.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_LEARNER")));
        SecurityContextHolder.setContext(learner);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
