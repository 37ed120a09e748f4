package org.amilab.security;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Knows the open HTTP sessions so that disabling an account (or changing its role) ends that
 * person's sessions at once instead of when they next sign out. Sessions are held by identity, as
 * the id changes at sign-in.
 */
@Component
class ActiveSessions implements HttpSessionListener {

    private final Set<HttpSession> sessions = Collections.newSetFromMap(new ConcurrentHashMap<>());

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    /** Ends every session signed in as this username; returns how many were ended. */
    int endSessionsOf(String username) {
        int ended = 0;
        for (HttpSession session : sessions) {
            if (username.equals(signedInUsername(session))) {
                sessions.remove(session);
                end(session);
                ended++;
            }
        }
        return ended;
    }

    /**
     * Vaadin keeps its own session inside the HTTP session and may only be unbound while its lock is
     * held, so the invalidation runs as a task of that Vaadin session (now if it is free, else next).
     */
    private static void end(HttpSession session) {
        var vaadinSessions = VaadinSession.getAllSessions(session);
        if (vaadinSessions.isEmpty()) {
            invalidate(session);
        }
        for (VaadinSession vaadinSession : vaadinSessions) {
            vaadinSession.access(() -> invalidate(session));
        }
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // it ended on its own meanwhile: nothing left to do
        }
    }

    private static String signedInUsername(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (context instanceof SecurityContext security && security.getAuthentication() != null) {
                return security.getAuthentication().getName();
            }
            return null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
