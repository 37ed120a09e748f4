package org.amilab.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import com.vaadin.flow.shared.ui.Transport;
import jakarta.servlet.ServletContext;
import java.lang.reflect.Field;
import java.util.concurrent.ThreadPoolExecutor;
import org.amilab.AmiLabSpringTest;
import org.amilab.Application;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.util.ExecutorsFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AmiLabSpringTest
class PushConfigurationTest {

    @Autowired
    ServletContext servletContext;

    @Test
    void theRaceOfTwoClosersIsFilteredInTheRunningApplication() {
        var logging = (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        assertThat(logging.getTurboFilterList()).filteredOn(PushCloseRace.class::isInstance).hasSize(1);
    }

    @Test
    void pushWritesShareAFewThreadsInsteadOfGrowingToTwoHundred() {
        var writers = ExecutorsFactory.getAsyncOperationExecutor(atmosphere(), "push-test");
        assertThat(writers).isInstanceOfSatisfying(ThreadPoolExecutor.class, pool ->
                assertThat(pool.getMaximumPoolSize()).isEqualTo(PushConfiguration.PUSH_WRITE_THREADS));
    }

    @Test
    void webSocketsTakeInSmallMessagesOnly() {
        String small = String.valueOf(PushConfiguration.INCOMING_WEBSOCKET_BUFFER);
        assertThat(atmosphere().getInitParameter("org.atmosphere.websocket.bufferSize")).isEqualTo(small);
        assertThat(atmosphere().getInitParameter("org.atmosphere.websocket.maxTextMessageSize")).isEqualTo(small);
        assertThat(servletContext.getInitParameter("org.apache.tomcat.websocket.textBufferSize")).isEqualTo(small);
    }

    @Test
    void tomcatSendsAndReadsFramesThroughSmallBuffers() throws ReflectiveOperationException {
        // Tomcat's own constant, read the way Tomcat reads it: set too late, it would still be 8 KB
        Field size = Class.forName("org.apache.tomcat.websocket.Constants").getDeclaredField("DEFAULT_BUFFER_SIZE");
        size.setAccessible(true);
        assertThat(size.getInt(null)).isEqualTo(PushConfiguration.WEBSOCKET_FRAME_BUFFER);
    }

    @Test
    void thePageSendsNothingOverTheWebSocketWhichTheSmallBuffersRelyOn() {
        assertThat(Application.class.getAnnotation(Push.class).transport()).isEqualTo(Transport.WEBSOCKET_XHR);
    }

    private AtmosphereConfig atmosphere() {
        Object framework = servletContext.getAttribute(JSR356WebsocketInitializer.getAttributeName("springServlet"));
        assertThat(framework).as("Atmosphere as Vaadin set it up for its servlet").isInstanceOf(AtmosphereFramework.class);
        return ((AtmosphereFramework) framework).getAtmosphereConfig();
    }
}
