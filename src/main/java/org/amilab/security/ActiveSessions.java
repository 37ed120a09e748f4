package org.amilab.security;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The open sessions, told apart by whether someone signed in. Signed-in sessions are kept by
 * username, so that disabling an account, changing its role or its password ends that person's
 * sessions at once. Visitors' sessions get a short idle time and a ceiling on their number: each
 * page view keeps tens of kilobytes, and nobody may fill the memory by opening pages. Sessions are
 * held by identity, as the id changes at sign-in.
 */
@Component
class ActiveSessions implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(ActiveSessions.class);

    private final SessionProperties properties;
    private final Map<String, Set<HttpSession>> signedIn = new ConcurrentHashMap<>();
    /** Oldest first, so that the ceiling ends the visitor who has waited longest. */
    private final ConcurrentLinkedDeque<HttpSession> visitors = new ConcurrentLinkedDeque<>();

    ActiveSessions(SessionProperties properties) {
        this.properties = properties;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        session.setMaxInactiveInterval((int) properties.anonymousIdle().toSeconds());
        visitors.addLast(session);
        while (visitors.size() > properties.anonymousLimit()) {
            HttpSession oldest = visitors.pollFirst();
            if (oldest != null && oldest != session) {
                log.debug("more than {} visitors' sessions: the oldest ends", properties.anonymousLimit());
                end(oldest);
            }
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        visitors.remove(session);
        signedIn.values().forEach(sessions -> sessions.remove(session));
        signedIn.values().removeIf(Set::isEmpty);
    }

    /**
     * The session now belongs to someone who signed in: it leaves the visitors and their limits,
     * and the sessions of whoever it was {@code before} signed in on it.
     */
    void signedIn(HttpSession session, String username, Optional<String> before) {
        visitors.remove(session);
        // filed under this person only: whoever had the session before no longer owns it
        before.filter(previous -> !previous.equals(username)).ifPresent(previous ->
                signedIn.computeIfPresent(previous, (name, sessions) -> {
                    sessions.remove(session);
                    return sessions.isEmpty() ? null : sessions;
                }));
        signedIn.computeIfAbsent(username, name -> ConcurrentHashMap.newKeySet()).add(session);
    }

    int visitorSessions() {
        return visitors.size();
    }

    /** Ends every session signed in as this username; returns how many were ended. */
    int endSessionsOf(String username) {
        return endSessionsOf(username, Optional.empty());
    }

    /** Ends the username's sessions but the one given, e.g. the one where the password was just changed. */
    int endSessionsOf(String username, Optional<HttpSession> except) {
        Set<HttpSession> sessions = signedIn.getOrDefault(username, Set.of());
        int ended = 0;
        for (HttpSession session : sessions) {
            if (except.filter(kept -> kept == session || sameId(kept, session)).isEmpty()) {
                sessions.remove(session);
                end(session);
                ended++;
            }
        }
        return ended;
    }

    static Optional<String> signedInUsername(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (context instanceof SecurityContext security && security.getAuthentication() != null) {
                return Optional.ofNullable(security.getAuthentication().getName());
            }
            return Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /**
     * Vaadin keeps its own session inside the HTTP session and may only be unbound while its lock is
     * held, so the invalidation runs as a task of that Vaadin session (now if it is free, else next).
     */
    static void end(HttpSession session) {
        Collection<VaadinSession> vaadinSessions;
        try {
            vaadinSessions = VaadinSession.getAllSessions(session);
        } catch (IllegalStateException alreadyInvalid) {
            return;
        }
        if (vaadinSessions.isEmpty()) {
            invalidate(session);
        }
        for (VaadinSession vaadinSession : vaadinSessions) {
            vaadinSession.access(() -> invalidate(session));
        }
    }

    private static boolean sameId(HttpSession one, HttpSession other) {
        try {
            return one.getId().equals(other.getId());
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // it ended on its own meanwhile: nothing left to do
        }
    }
}
