package org.amilab.base;

import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.spring.SpringServlet;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.embedded.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings for Atmosphere, which carries Vaadin's server push, and for Tomcat's WebSockets under it.
 * Atmosphere's must be init parameters of the Vaadin servlet: Vaadin gives Atmosphere values of its
 * own unless the servlet already has one.
 *
 * <p>The application pushes with {@link Transport#WEBSOCKET_XHR}: the server sends over the
 * WebSocket, the page sends its requests by XHR and nothing over the WebSocket. So the buffers that
 * take in messages from the page can be small; those that send to it need only hold a usual push.
 */
@Configuration
class PushConfiguration {

    /**
     * Atmosphere writes every push on a thread of a fixed pool of 200 and starts a new thread for
     * each write until the pool is full, even while others are idle; every thread keeps its own I/O
     * buffers, about 5 KB of heap. The page refreshes once a second, so a class of learners fills all
     * 200 within minutes. A write takes well under a millisecond, so a few threads carry a class.
     */
    static final int PUSH_WRITE_THREADS = 16;

    /**
     * Atmosphere gives every WebSocket connection a byte buffer and a char buffer of this size,
     * which it never writes to (3.0.5): 48 KB per learner at Vaadin's 16 KB. Tomcat sizes its buffers
     * for the page's messages from the other settings below (8 KB each by default).
     */
    static final int INCOMING_WEBSOCKET_BUFFER = 1024;

    static final Map<String, String> ATMOSPHERE_SETTINGS = Map.of(
            "org.atmosphere.cpr.broadcaster.maxAsyncWriteThreads", String.valueOf(PUSH_WRITE_THREADS),
            "org.atmosphere.websocket.bufferSize", String.valueOf(INCOMING_WEBSOCKET_BUFFER),
            "org.atmosphere.websocket.maxTextMessageSize", String.valueOf(INCOMING_WEBSOCKET_BUFFER),
            "org.atmosphere.websocket.maxBinaryMessageSize", String.valueOf(INCOMING_WEBSOCKET_BUFFER));

    /**
     * Tomcat gives every WebSocket connection four buffers of this size: to encode, to send, to read
     * frames and to inflate compressed ones (8 KB each by default, 32 KB per learner). A refresh a
     * second pushes a few KB; a larger push goes out as several frames, which the page joins.
     */
    static final int WEBSOCKET_FRAME_BUFFER = 4096;

    /**
     * Tomcat reads this system property once, when it first opens a WebSocket connection; it has no
     * other way to set the size. An operator who starts the server with a value keeps theirs.
     */
    static final String TOMCAT_WEBSOCKET_FRAME_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    /** Tomcat reads these when it starts its WebSocket container, before any connection. */
    static final Map<String, String> TOMCAT_WEBSOCKET_SETTINGS = Map.of(
            "org.apache.tomcat.websocket.textBufferSize", String.valueOf(INCOMING_WEBSOCKET_BUFFER),
            "org.apache.tomcat.websocket.binaryBufferSize", String.valueOf(INCOMING_WEBSOCKET_BUFFER));

    @Bean
    TomcatContextCustomizer smallWebSocketBuffers() {
        return context -> {
            if (System.getProperty(TOMCAT_WEBSOCKET_FRAME_BUFFER) == null) {
                System.setProperty(TOMCAT_WEBSOCKET_FRAME_BUFFER, String.valueOf(WEBSOCKET_FRAME_BUFFER));
            }
            TOMCAT_WEBSOCKET_SETTINGS.forEach(context::addParameter);
        };
    }

    @Bean
    static BeanPostProcessor atmosphereSettings() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    ATMOSPHERE_SETTINGS.forEach(registration::addInitParameter);
                }
                return bean;
            }
        };
    }
}
