package org.amilab.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One scheduler for the whole application that refreshes every open live view about once a
 * second through server push. There is no timer per view, per user or per instance; a view that
 * is still busy with its last refresh is skipped rather than queued twice.
 */
@Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    static final long PERIOD_MILLIS = 1000;

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "amilab-live-updates");
        thread.setDaemon(true);
        return thread;
    });

    @PostConstruct
    void start() {
        scheduler.scheduleAtFixedRate(this::tick, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Calls {@code refresh} about once a second inside {@code ui}'s lock until the registration is removed. */
    public Registration subscribe(UI ui, Runnable refresh) {
        var subscriber = new Subscriber(ui, refresh);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    int subscriberCount() {
        return subscribers.size();
    }

    void tick() {
        for (Subscriber subscriber : subscribers) {
            if (subscriber.busy.compareAndSet(false, true)) {
                try {
                    subscriber.ui.access(() -> subscriber.run());
                } catch (RuntimeException detached) {
                    // the UI went away between two ticks: forget it
                    subscribers.remove(subscriber);
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    private static final class Subscriber {
        private final UI ui;
        private final Runnable refresh;
        private final AtomicBoolean busy = new AtomicBoolean();

        Subscriber(UI ui, Runnable refresh) {
            this.ui = ui;
            this.refresh = refresh;
        }

        void run() {
            try {
                refresh.run();
            } catch (RuntimeException failure) {
                log.warn("A live view could not refresh; it will try again on the next tick", failure);
            } finally {
                busy.set(false);
            }
        }
    }
}
