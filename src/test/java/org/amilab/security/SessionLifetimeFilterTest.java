package org.amilab.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.amilab.simulator.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

class SessionLifetimeFilterTest {

    private static final Duration IDLE = Duration.ofHours(1);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"));
    private final SessionProperties properties = new SessionProperties(Duration.ofHours(12), Duration.ofMinutes(15), 100);
    private final ActiveSessions sessions = new ActiveSessions(properties);
    private final SessionLifetimeFilter filter = new SessionLifetimeFilter(sessions, properties, server(), clock);

    @Test
    void aSignInEndsTwelveHoursAfterItBeganHoweverBusy() throws Exception {
        var session = signedInSession("ana");
        for (int hour = 0; hour < 11; hour++) {
            request(session, "uidl");
            clock.advance(Duration.ofMinutes(59));
        }
        request(session, "uidl");
        assertThat(session.isInvalid()).isFalse();
        clock.advance(Duration.ofMinutes(60));
        request(session, "uidl");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void heartbeatsAloneDoNotKeepASignInAlive() throws Exception {
        var session = signedInSession("ben");
        request(session, "uidl");
        for (int beat = 0; beat < 11; beat++) {
            clock.advance(Duration.ofMinutes(5));
            request(session, "heartbeat");
        }
        assertThat(session.isInvalid()).isFalse();
        clock.advance(Duration.ofMinutes(5));
        request(session, "heartbeat");
        assertThat(session.isInvalid()).as("an hour since the last request of the person").isTrue();
    }

    @Test
    void aRequestOfThePersonRenewsTheIdleTime() throws Exception {
        var session = signedInSession("cara");
        request(session, "uidl");
        clock.advance(Duration.ofMinutes(50));
        request(session, "uidl");
        clock.advance(Duration.ofMinutes(50));
        request(session, "heartbeat");
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void signingInGivesTheSessionTheSignedInIdleTimeAndRegistersIt() throws Exception {
        var session = new MockHttpSession();
        sessions.sessionCreated(new jakarta.servlet.http.HttpSessionEvent(session));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(15 * 60);
        assertThat(sessions.visitorSessions()).isEqualTo(1);
        signIn(session, "dan");
        request(session, "uidl");
        assertThat(session.getMaxInactiveInterval()).isEqualTo((int) IDLE.toSeconds());
        assertThat(sessions.visitorSessions()).isZero();
        assertThat(sessions.endSessionsOf("dan")).isEqualTo(1);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aVisitorsSessionEndsAfterFifteenIdleMinutes() throws Exception {
        var session = new MockHttpSession();
        request(session, "uidl");
        clock.advance(Duration.ofMinutes(14));
        request(session, "heartbeat");
        assertThat(session.isInvalid()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        request(session, "heartbeat");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aboveTheLimitTheOldestVisitorsSessionEnds() {
        var sessionsCreated = new java.util.ArrayList<MockHttpSession>();
        for (int i = 0; i < properties.anonymousLimit() + 5; i++) {
            var session = new MockHttpSession();
            sessionsCreated.add(session);
            sessions.sessionCreated(new jakarta.servlet.http.HttpSessionEvent(session));
        }
        assertThat(sessions.visitorSessions()).isEqualTo(properties.anonymousLimit());
        assertThat(sessionsCreated.subList(0, 5)).allMatch(MockHttpSession::isInvalid);
        assertThat(sessionsCreated.subList(5, sessionsCreated.size())).noneMatch(MockHttpSession::isInvalid);
    }

    @Test
    void endingAPersonsOtherSessionsKeepsTheOneGiven() throws Exception {
        var here = signedInSession("eve");
        var elsewhere = signedInSession("eve");
        request(here, "uidl");
        request(elsewhere, "uidl");
        assertThat(sessions.endSessionsOf("eve", java.util.Optional.of(here))).isEqualTo(1);
        assertThat(here.isInvalid()).isFalse();
        assertThat(elsewhere.isInvalid()).isTrue();
    }

    @Test
    void someoneSigningInOverAnotherPersonsSessionIsFiledUnderTheNewPersonWithAFreshLifetime() throws Exception {
        var shared = signedInSession("fay");
        for (int hour = 0; hour < 11; hour++) {
            request(shared, "uidl");
            clock.advance(Duration.ofMinutes(59));
        }
        signIn(shared, "gus");
        request(shared, "uidl");

        assertThat(sessions.endSessionsOf("fay")).as("no longer fay's").isZero();
        for (int hour = 0; hour < 2; hour++) {
            clock.advance(Duration.ofMinutes(59));
            request(shared, "uidl");
        }
        assertThat(shared.isInvalid()).as("gus's 12 hours began at his sign-in").isFalse();
        assertThat(sessions.endSessionsOf("gus")).isEqualTo(1);
        assertThat(shared.isInvalid()).isTrue();
    }

    private MockHttpSession signedInSession(String username) {
        var session = new MockHttpSession();
        signIn(session, username);
        return session;
    }

    private static void signIn(MockHttpSession session, String username) {
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username, null, java.util.List.of())));
    }

    private void request(MockHttpSession session, String vaadinRequestType) throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        request.setParameter("v-r", vaadinRequestType);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private static ServerProperties server() {
        var server = new ServerProperties();
        server.getServlet().getSession().setTimeout(IDLE);
        return server;
    }
}
