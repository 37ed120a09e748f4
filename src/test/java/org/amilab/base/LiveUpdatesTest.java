package org.amilab.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class LiveUpdatesTest {

    /** Loads run at once on the ticking thread, so a test can count them without waiting. */
    private final LiveUpdates live = new LiveUpdates(Runnable::run);
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicInteger shows = new AtomicInteger();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        signInOnTheSession("viewer");
    }

    /** As Spring Security keeps a sign-in: in the HTTP session, and for this request's thread. */
    private static void signInOnTheSession(String username) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_LEARNER")));
        SecurityContextHolder.setContext(context);
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    @AfterEach
    void tearDown() {
        live.stop();
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachTickLoadsAndShowsASubscribedViewOnce() {
        live.subscribe(UI.getCurrent(), loads::incrementAndGet, loaded -> shows.incrementAndGet());
        live.tick();
        MockVaadin.clientRoundtrip();
        live.tick();
        MockVaadin.clientRoundtrip();
        assertThat(loads).hasValue(2);
        assertThat(shows).hasValue(2);
    }

    @Test
    void aViewStillBusyWithItsLastRefreshIsNotQueuedTwice() {
        live.subscribe(UI.getCurrent(), loads::incrementAndGet, loaded -> shows.incrementAndGet());
        // the test holds the session lock, as a request being handled would: the showing waits in the queue
        live.tick();
        live.tick();
        live.tick();
        MockVaadin.clientRoundtrip();
        assertThat(loads).hasValue(1);
        assertThat(shows).hasValue(1);
    }

    @Test
    void anUnsubscribedViewIsLeftAlone() {
        var registration = live.subscribe(UI.getCurrent(), loads::incrementAndGet, loaded -> shows.incrementAndGet());
        registration.remove();
        live.tick();
        MockVaadin.clientRoundtrip();
        assertThat(loads).hasValue(0);
        assertThat(live.subscriberCount()).isZero();
    }

    @Test
    void nothingIsLoadedWhileSomebodyElseOrNobodyIsSignedInOnTheViewsSession() {
        live.subscribe(UI.getCurrent(), loads::incrementAndGet, loaded -> shows.incrementAndGet());

        signInOnTheSession("somebody-else");
        live.tick();
        MockVaadin.clientRoundtrip();
        VaadinSession.getCurrent().getSession().removeAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        live.tick();
        MockVaadin.clientRoundtrip();
        assertThat(loads).hasValue(0);

        signInOnTheSession("viewer");
        live.tick();
        MockVaadin.clientRoundtrip();
        assertThat(loads).as("the viewer is back").hasValue(1);
    }

    @Test
    void aViewThatKeepsFailingIsReportedOnceNotEverySecond(org.springframework.boot.test.system.CapturedOutput output) {
        live.subscribe(UI.getCurrent(), () -> {
            throw new IllegalArgumentException("the database is away");
        }, loaded -> shows.incrementAndGet());

        for (int tick = 0; tick < 5; tick++) {
            live.tick();
            MockVaadin.clientRoundtrip();
        }

        assertThat(output.getOut().split("A live view could not refresh", -1)).hasSize(2);
    }

    @Test
    void aLoadThatFailsBadlyDoesNotLeaveTheViewBusyForever() {
        AtomicInteger tries = new AtomicInteger();
        live.subscribe(UI.getCurrent(), () -> {
            if (tries.incrementAndGet() == 1) {
                throw new StackOverflowError("a load that blew up");
            }
            return "loaded";
        }, loaded -> shows.incrementAndGet());

        live.tick();
        MockVaadin.clientRoundtrip();
        live.tick();
        MockVaadin.clientRoundtrip();
        assertThat(tries).hasValue(2);
        assertThat(shows).hasValue(1);
    }

    @Test
    void theLoadRunsWithoutTheSessionLockAsThePersonWhoOpenedTheViewAndTheShowingWithIt() throws Exception {
        ExecutorService loader = Executors.newSingleThreadExecutor();
        LiveUpdates withLoaderThread = new LiveUpdates(loader);
        try {
            VaadinSession session = VaadinSession.getCurrent();
            AtomicReference<String> loadedAs = new AtomicReference<>();
            AtomicReference<Boolean> lockedWhileLoading = new AtomicReference<>();
            AtomicReference<String> shown = new AtomicReference<>();
            withLoaderThread.subscribe(UI.getCurrent(), () -> {
                lockedWhileLoading.set(session.hasLock());
                loadedAs.set(SignedIn.username().orElse("nobody"));
                return "loaded";
            }, loaded -> shown.set(loaded + (session.hasLock() ? " under the lock" : " without the lock")));
            SecurityContextHolder.clearContext();

            withLoaderThread.tick();
            await().atMost(Duration.ofSeconds(5)).until(() -> loadedAs.get() != null);
            await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                MockVaadin.clientRoundtrip();
                assertThat(shown.get()).isEqualTo("loaded under the lock");
            });

            assertThat(lockedWhileLoading.get()).isFalse();
            assertThat(loadedAs.get()).isEqualTo("viewer");
            assertThat(loader.submit(() -> Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication()))
                    .get()).as("the loader thread gives the viewer back after the load").isEmpty();
        } finally {
            withLoaderThread.stop();
            loader.shutdownNow();
        }
    }
}
