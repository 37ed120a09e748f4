package org.amilab.base;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PushCloseRaceTest {

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> written = new ListAppender<>();
    private final Logger atmosphere = context.getLogger(PushCloseRace.ATMOSPHERE_LOGGER);

    @BeforeEach
    void logToAList() {
        written.setContext(context);
        written.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(written);
        context.getLogger(PushCloseRace.class).setLevel(Level.DEBUG);
        new PushCloseRace().install(context);
    }

    @Test
    void theRaceOnLeavingAPageIsWrittenAtDebugUnderOurName() {
        atmosphere.error("Failed to cancel resource: {}", "7f3c-uuid", new NullPointerException("resource is null"));

        assertThat(written.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getLoggerName()).isEqualTo(PushCloseRace.class.getName());
            assertThat(event.getFormattedMessage()).contains("Atmosphere cleaned it up: 7f3c-uuid");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("resource is null");
        });
    }

    @Test
    void atmospheresOtherErrorsAndOtherLoggersStayAsTheyWere() {
        atmosphere.error("No AtmosphereHandler found. Make sure you define it inside web.xml or annotate using @___Service");
        context.getLogger("org.amilab.playground").error("Failed to cancel resource: {}", "ours");

        assertThat(written.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR, Level.ERROR);
    }

    @Test
    void installingTwiceKeepsOneFilter() {
        new PushCloseRace().install(context);

        assertThat(context.getTurboFilterList()).filteredOn(PushCloseRace.class::isInstance).hasSize(1);
    }
}
