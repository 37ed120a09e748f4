package org.amilab.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * One scheduler for the whole application that refreshes every open live view about once a
 * second through server push. There is no timer per view, per user or per instance; a view that
 * is still busy with its last refresh is skipped rather than queued twice.
 *
 * <p>A refresh is two steps: the load, which may read the database, runs on a loader thread
 * without the view's session lock, as the person who opened the view; only showing what was
 * loaded takes the lock. A click in another view of the same session waits for the showing, not
 * for the database.
 */
@Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    static final long PERIOD_MILLIS = 1000;
    private static final int LOADERS = 2;

    private final Set<Subscriber<?>> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            daemon("amilab-live-updates"));
    private final ExecutorService ownLoaders;
    private final Executor loaders;

    public LiveUpdates() {
        this.ownLoaders = Executors.newFixedThreadPool(LOADERS, daemon("amilab-live-loads"));
        this.loaders = ownLoaders;
    }

    /** For tests that choose where loads run. */
    LiveUpdates(Executor loaders) {
        this.ownLoaders = null;
        this.loaders = loaders;
    }

    @PostConstruct
    void start() {
        scheduler.scheduleAtFixedRate(this::tick, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * About once a second until the registration is removed: {@code load} outside {@code ui}'s lock,
     * as the person signed in on the UI's session at that moment, then {@code show} with what it
     * returned, inside the lock. While nobody, or somebody else, is signed in on that session than
     * when the view subscribed, nothing is loaded.
     */
    public <T> Registration subscribe(UI ui, Supplier<T> load, Consumer<T> show) {
        String viewer = SignedIn.username().orElse("");
        var subscriber = new Subscriber<>(ui, ui.getSession(), viewer, load, show);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    int subscriberCount() {
        return subscribers.size();
    }

    void tick() {
        // whatever happens, the schedule must survive it: one throw here would stop every live view
        try {
            for (Subscriber<?> subscriber : subscribers) {
                if (subscriber.busy.compareAndSet(false, true)) {
                    try {
                        loaders.execute(() -> refresh(subscriber));
                    } catch (RejectedExecutionException shuttingDown) {
                        subscriber.busy.set(false);
                    }
                }
            }
        } catch (Throwable failure) {
            log.error("The live updates could not tick; they will try again in a second", failure);
        }
    }

    private <T> void refresh(Subscriber<T> subscriber) {
        boolean handedToTheUi = false;
        try {
            Optional<SecurityContext> viewer = subscriber.viewerNow();
            if (viewer.isPresent()) {
                T loaded = subscriber.load(viewer.get());
                subscriber.ui.access(() -> subscriber.show(loaded));
                handedToTheUi = true;
            }
        } catch (UIDetachedException | IllegalStateException gone) {
            // the UI or its session went away between two ticks: forget it
            subscribers.remove(subscriber);
        } catch (Throwable failure) {
            subscriber.failed("A live view could not refresh; it will try again on the next tick", failure);
        } finally {
            if (!handedToTheUi) {
                subscriber.busy.set(false);
            }
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
        if (ownLoaders != null) {
            ownLoaders.shutdownNow();
        }
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class Subscriber<T> {
        private final UI ui;
        private final VaadinSession session;
        private final String viewer;
        private final Supplier<T> load;
        private final Consumer<T> show;
        private final AtomicBoolean busy = new AtomicBoolean();
        private volatile boolean failing;

        Subscriber(UI ui, VaadinSession session, String viewer, Supplier<T> load, Consumer<T> show) {
            this.ui = ui;
            this.session = session;
            this.viewer = viewer;
            this.load = load;
            this.show = show;
        }

        /**
         * Who is signed in on the view's session now, read from the HTTP session as Spring Security
         * keeps it there; empty unless it is still the person who opened the view.
         */
        Optional<SecurityContext> viewerNow() {
            Object stored = session.getSession().getAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return Optional.ofNullable(stored).filter(SecurityContext.class::isInstance).map(SecurityContext.class::cast)
                    .filter(context -> context.getAuthentication() != null
                            && viewer.equals(context.getAuthentication().getName()));
        }

        /** On a loader thread, which knows nobody: the view's own viewer is lent for the load. */
        T load(SecurityContext viewerNow) {
            var holder = SecurityContextHolder.getContextHolderStrategy();
            holder.setContext(viewerNow);
            try {
                return load.get();
            } finally {
                holder.clearContext();
            }
        }

        void show(T loaded) {
            try {
                show.accept(loaded);
                failing = false;
            } catch (RuntimeException failure) {
                failed("A live view could not show its refresh; it will try again on the next tick", failure);
            } finally {
                busy.set(false);
            }
        }

        /** Once at WARN with the cause: a view that keeps failing would otherwise write it every second. */
        void failed(String what, Throwable failure) {
            if (failing) {
                log.debug(what, failure);
            } else {
                failing = true;
                log.warn(what, failure);
            }
        }
    }
}
