package org.amilab.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.amilab.content.ContentService;
import org.amilab.simulator.MutableClock;
import org.amilab.simulator.PriceBook;
import org.amilab.simulator.TestCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The instant a price book came into force outlives a restart, so an edit of the book stays where it was placed. */
class PriceBooksInForceTest {

    @TempDir
    Path dataDir;

    @Test
    void aBookIsInForceFromTheFirstTimeItWasMetWhateverRestartsCameSince() {
        String url = "jdbc:h2:file:" + dataDir.resolve("amilab") + ";WRITE_DELAY=0";
        var clock = new MutableClock(Instant.parse("2026-12-03T09:00:00.123456Z"));
        Instant shippedSince;
        PriceBook shipped;
        try (var app = PlaygroundOnlyConfiguration.startOn(url, clock)) {
            shipped = app.getBean(ContentService.class).prices();
            shippedSince = app.getBean(PriceBooksInForce.class).since(shipped);
            clock.advance(Duration.ofMinutes(5));
            assertThat(app.getBean(PriceBooksInForce.class).since(shipped)).isEqualTo(shippedSince);
        }
        assertThat(shippedSince).isEqualTo(Instant.parse("2026-12-03T09:00:00.123456Z"));

        clock.advance(Duration.ofHours(1));
        try (var app = PlaygroundOnlyConfiguration.startOn(url, clock)) {
            PriceBooksInForce books = app.getBean(PriceBooksInForce.class);

            assertThat(books.since(shipped)).as("after a restart").isEqualTo(shippedSince);
            PriceBook dearer = TestCatalog.edited(shipped, shipped.asOf(), Map.of("t3.micro", new BigDecimal("0.0208")));
            assertThat(books.since(dearer)).as("an edited book, met now").isEqualTo(clock.instant());
        }
    }
}
