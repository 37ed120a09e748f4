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
        return withRoles(username, action, "ROLE_LEARNER");
    }

    /** ... as an instructor, who is a learner too. */
    public static <T> T asInstructor(String username, Supplier<T> action) {
        return withRoles(username, action, "ROLE_LEARNER", "ROLE_INSTRUCTOR");
    }

    /** ... as an admin, who holds every role. */
    public static <T> T asAdmin(String username, Supplier<T> action) {
        return withRoles(username, action, "ROLE_LEARNER", "ROLE_INSTRUCTOR", "ROLE_ADMIN");
    }

    private static <T> T withRoles(String username, Supplier<T> action, String... roles) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext learner = SecurityContextHolder.createEmptyContext();
        learner.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(roles)));
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
