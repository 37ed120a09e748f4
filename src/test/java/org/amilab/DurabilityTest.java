package org.amilab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit acknowledged to the user must survive kill -9 of the JVM. A second JVM commits a row
 * through the database URL the application ships with and is then killed without any shutdown;
 * this JVM reopens the file and looks for the row.
 */
class DurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void aCommittedWriteSurvivesKillMinusNine() throws Exception {
        String url = shippedDatabaseUrl();
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DurabilityProbe.class.getName(), url)
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals(DurabilityProbe.COMMITTED));
            assertThat(line).as("the writer reported its commit").isEqualTo(DurabilityProbe.COMMITTED);
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(rowsIn(url)).isEqualTo(DurabilityProbe.ROWS);
    }

    private String shippedDatabaseUrl() throws Exception {
        var properties = new Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url")
                .replace("${amilab.data-dir}", dataDir.toString());
    }

    private static int rowsIn(String url) throws SQLException {
        try (var connection = DriverManager.getConnection(url, "amilab", "");
                var result = connection.createStatement().executeQuery("select count(*) from probe")) {
            result.next();
            return result.getInt(1);
        }
    }
}
