package org.amilab.base;

import java.util.Map;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's buffers for each connection a browser holds open. Every learner keeps at least two (the
 * push WebSocket and one for the page's requests), and a page load opens up to six; Tomcat gives
 * each a read and a write buffer of 8 KB and, after the connection closes, keeps them for reuse by
 * up to 500 later connections. Requests and answers here are small (the largest answer, a page's
 * first, is about 45 KB), so 4 KB buffers cost a few more writes of a large answer and no more.
 * Buffers are dropped with their connection: allocating 8 KB for a new one costs less than keeping
 * the buffers of every connection the busiest minute ever opened.
 */
@Component
class ConnectionBuffers implements TomcatConnectorCustomizer {

    private static final Map<String, String> SOCKET_SETTINGS = Map.of(
            "socket.appReadBufSize", "4096",
            "socket.appWriteBufSize", "4096",
            "socket.bufferPool", "0");

    @Override
    public void customize(Connector connector) {
        apply(connector, SOCKET_SETTINGS);
    }

    /** Tomcat ignores a setting it does not know; a misspelt name should stop start-up instead. */
    static void apply(Connector connector, Map<String, String> settings) {
        settings.forEach((name, value) -> {
            if (!connector.setProperty(name, value)) {
                throw new IllegalStateException("Tomcat's connector has no setting " + name);
            }
        });
    }
}
