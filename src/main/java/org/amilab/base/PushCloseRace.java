package org.amilab.base;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Atmosphere 3.0.5 logs "Failed to cancel resource" with a NullPointerException at ERROR whenever a
 * learner leaves a page: Tomcat's thread closing the WebSocket and Vaadin's unload request closing
 * the UI's push connection race for one resource, and the loser finds it already destroyed
 * ({@code AbstractReflectorAtmosphereHandler.onStateChange}). The resource is still cleaned up in
 * Atmosphere's {@code finally}, so nothing leaks (vaadin/flow#18835, Atmosphere#1766). This line alone
 * is moved to DEBUG, under this class's name; the logger's other errors stay where they were.
 */
@Component
class PushCloseRace extends TurboFilter {

    static final String ATMOSPHERE_LOGGER = "org.atmosphere.cpr.AsynchronousProcessor";
    static final String RACE_MESSAGE = "Failed to cancel resource";
    /** Of the context it is installed in, so that tests may install it in a context of their own. */
    private @Nullable Logger log;

    /** After Spring Boot has set logging up, which replaces the filters a context had. */
    @EventListener(ApplicationStartedEvent.class)
    void install() {
        install((LoggerContext) LoggerFactory.getILoggerFactory());
    }

    void install(LoggerContext context) {
        log = context.getLogger(PushCloseRace.class);
        context.getTurboFilterList().removeIf(PushCloseRace.class::isInstance);
        context.addTurboFilter(this);
        start();
    }

    @Override
    public FilterReply decide(@Nullable Marker marker, Logger logger, Level level, @Nullable String format,
                              Object @Nullable [] params, @Nullable Throwable t) {
        if (level != Level.ERROR || format == null || !format.startsWith(RACE_MESSAGE)
                || !ATMOSPHERE_LOGGER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Logger debug = log;
        if (debug != null && debug.isDebugEnabled()) {
            debug.debug("Two closers of one push connection met as a page was left; Atmosphere cleaned it up: {}",
                    params == null || params.length == 0 ? "" : params[0], t != null ? t : lastThrowable(params));
        }
        return FilterReply.DENY;
    }

    private static @Nullable Throwable lastThrowable(Object @Nullable [] params) {
        return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable thrown
                ? thrown : null;
    }
}
