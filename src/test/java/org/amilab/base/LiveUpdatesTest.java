package org.amilab.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveUpdatesTest {

    private final LiveUpdates live = new LiveUpdates();
    private final AtomicInteger refreshes = new AtomicInteger();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        live.stop();
        MockVaadin.tearDown();
    }

    @Test
    void eachTickRefreshesASubscribedViewOnce() {
        live.subscribe(UI.getCurrent(), refreshes::incrementAndGet);
        live.tick();
        MockVaadin.clientRoundtrip();
        live.tick();
        MockVaadin.clientRoundtrip();
        assertThat(refreshes).hasValue(2);
    }

    @Test
    void aViewStillBusyWithItsLastRefreshIsNotQueuedTwice() {
        live.subscribe(UI.getCurrent(), refreshes::incrementAndGet);
        // the test holds the session lock, as a request being handled would: the refresh waits in the queue
        live.tick();
        live.tick();
        live.tick();
        MockVaadin.clientRoundtrip();
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void anUnsubscribedViewIsLeftAlone() {
        var registration = live.subscribe(UI.getCurrent(), refreshes::incrementAndGet);
        registration.remove();
        live.tick();
        MockVaadin.clientRoundtrip();
        assertThat(refreshes).hasValue(0);
        assertThat(live.subscriberCount()).isZero();
    }
}
