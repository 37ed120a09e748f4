package org.amilab.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The fuzz agrees with the reference's: intervals and draws fixed once in py-fsrs
 * (tools/fsrs/generate_fuzz_vectors.py) give the same fuzzed interval here, and a fuzzed scheduler
 * moves only what graduates to the review state.
 */
class FsrsFuzzTest {

    private static final String VECTORS = "/org/amilab/review/fsrs-fuzz-vectors.json";
    private final Fsrs fsrs = new Fsrs(FsrsParameters.DEFAULTS);

    @Test
    void everyIntervalAndDrawIsFuzzedAsTheReferenceFuzzesIt() throws IOException {
        JsonNode vectors;
        try (InputStream in = getClass().getResourceAsStream(VECTORS)) {
            vectors = new ObjectMapper().readTree(in);
        }
        assertThat(vectors.path("generator").asText()).startsWith("py-fsrs 6.3");
        assertThat(vectors.path("maximumInterval").asInt()).isEqualTo(FsrsParameters.DEFAULTS.maximumIntervalDays());
        assertThat(vectors.path("vectors").size()).isGreaterThan(10_000);
        for (JsonNode vector : vectors.path("vectors")) {
            long days = vector.get(0).asLong();
            double draw = vector.get(1).asDouble();
            assertThat(fsrs.fuzzedDays(days, draw)).as(days + " days at draw " + draw).isEqualTo(vector.get(2).asLong());
        }
    }

    @Test
    void onlyAnIntervalInTheReviewStateIsFuzzed() {
        Instant start = Instant.parse("2026-12-01T08:00:00Z");
        CardSchedule learned = fsrs.review(CardSchedule.fresh(start), Rating.EASY, start);
        Instant later = learned.due();
        CardSchedule plain = fsrs.review(learned, Rating.GOOD, later);

        CardSchedule shortest = fsrs.fuzzedBy(0).review(learned, Rating.GOOD, later);
        CardSchedule longest = fsrs.fuzzedBy(0.999).review(learned, Rating.GOOD, later);

        assertThat(shortest.due()).isBefore(plain.due());
        assertThat(longest.due()).isAfter(plain.due());
        assertThat(shortest.memory()).isEqualTo(plain.memory()).as("fuzz moves the date, not the memory");
        CardSchedule step = fsrs.fuzzedBy(0.999).review(CardSchedule.fresh(start), Rating.GOOD, start);
        assertThat(Duration.between(start, step.due())).as("a learning step is never fuzzed").isEqualTo(Duration.ofMinutes(10));
        assertThatIllegalArgumentException().isThrownBy(() -> fsrs.fuzzedBy(1));
    }
}
