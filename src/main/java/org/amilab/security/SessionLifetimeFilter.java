package org.amilab.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends sessions that have lived too long, before Spring Security reads who is signed in. A sign-in
 * lasts at most the absolute lifetime, and ends after the idle time without a request from the
 * person: Vaadin's heartbeat (every five minutes while a tab is open) and the push connection
 * renew Tomcat's session, so they do not count here. A session that someone has just signed in
 * to gets the signed-in idle time and joins that person's sessions in {@link ActiveSessions}.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionLifetimeFilter.class.getName() + ".signedInAt";
    static final String SIGNED_IN_AS = SessionLifetimeFilter.class.getName() + ".signedInAs";
    static final String LAST_ACTIVE_AT = SessionLifetimeFilter.class.getName() + ".lastActiveAt";
    private static final Logger log = LoggerFactory.getLogger(SessionLifetimeFilter.class);

    private final ActiveSessions sessions;
    private final SessionProperties properties;
    private final Duration signedInIdle;
    private final Clock clock;

    SessionLifetimeFilter(ActiveSessions sessions, SessionProperties properties, ServerProperties server, Clock clock) {
        this.sessions = sessions;
        this.properties = properties;
        this.signedInIdle = server.getServlet().getSession().getTimeout();
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                look(session, request);
            } catch (IllegalStateException endedMeanwhile) {
                // another request ended it: Spring Security will find no session
            }
        }
        chain.doFilter(request, response);
    }

    private void look(HttpSession session, HttpServletRequest request) {
        Instant now = clock.instant();
        var username = ActiveSessions.signedInUsername(session);
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        // someone may sign in over another person's session (a shared classroom PC): that is a new sign-in
        Optional<String> signedInAs = Optional.ofNullable((String) session.getAttribute(SIGNED_IN_AS));
        if (username.isPresent() && (signedInAt == null || !username.equals(signedInAs))) {
            signedInAt = now;
            session.setAttribute(SIGNED_IN_AT, now);
            session.setAttribute(SIGNED_IN_AS, username.get());
            session.setMaxInactiveInterval((int) signedInIdle.toSeconds());
            sessions.signedIn(session, username.get(), signedInAs);
        }
        Instant lastActive = (Instant) session.getAttribute(LAST_ACTIVE_AT);
        if (lastActive == null) {
            lastActive = now;
        }
        Duration idle = username.isPresent() ? signedInIdle : properties.anonymousIdle();
        if (username.isPresent() && !now.isBefore(signedInAt.plus(properties.absoluteLifetime()))) {
            log.info("session of '{}' ended: signed in {} ago", username.get(), properties.absoluteLifetime());
            ActiveSessions.end(session);
        } else if (!now.isBefore(lastActive.plus(idle))) {
            log.info("session of '{}' ended: idle for {}", username.orElse("a visitor"), idle);
            ActiveSessions.end(session);
        } else if (byThePerson(request)) {
            session.setAttribute(LAST_ACTIVE_AT, now);
        }
    }

    /** Vaadin's heartbeat and push requests come from the page on its own, not from the person. */
    private static boolean byThePerson(HttpServletRequest request) {
        String type = request.getParameter("v-r");
        return !"heartbeat".equals(type) && !"push".equals(type);
    }
}
