package org.amilab.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Map;
import org.amilab.AmiLabSpringTest;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

@AmiLabSpringTest
class ConnectionBuffersTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void theRunningServerGivesEachConnectionSmallBuffersAndKeepsNoneAfterItCloses() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize"))).isEqualTo("4096");
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("4096");
        assertThat(String.valueOf(connector.getProperty("socket.bufferPool"))).isEqualTo("0");
    }

    @Test
    void aMisspelledSettingStopsStartUpInsteadOfBeingIgnored() {
        assertThatIllegalStateException()
                .isThrownBy(() -> ConnectionBuffers.apply(new Connector(), Map.of("socket.appReadBufferSize", "1")))
                .withMessageContaining("socket.appReadBufferSize");
    }
}
