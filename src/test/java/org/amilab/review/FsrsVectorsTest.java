package org.amilab.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our FSRS-6 agrees with the reference scheduler: review histories generated once with py-fsrs
 * (tools/fsrs/generate_vectors.py, fuzz off) are replayed, and after every review the state, step,
 * stability and difficulty (to 1e-6) and the due moment (exactly) must be the reference's.
 */
class FsrsVectorsTest {

    private static final String VECTORS = "/org/amilab/review/fsrs-vectors.json";

    @Test
    void theVectorsWereMadeWithTheDefaultsWeUse() throws IOException {
        JsonNode vectors = vectors();
        assertThat(vectors.path("generator").asText()).startsWith("py-fsrs 6.3");
        var weights = new ArrayList<Double>();
        vectors.path("parameters").forEach(weight -> weights.add(weight.asDouble()));
        assertThat(weights).isEqualTo(FsrsParameters.DEFAULTS.weights());
        assertThat(vectors.path("desired_retention").asDouble()).isEqualTo(FsrsParameters.DEFAULTS.desiredRetention());
        assertThat(seconds(vectors.path("learning_steps_seconds"))).isEqualTo(FsrsParameters.DEFAULTS.learningSteps());
        assertThat(seconds(vectors.path("relearning_steps_seconds"))).isEqualTo(FsrsParameters.DEFAULTS.relearningSteps());
        assertThat(vectors.path("maximum_interval_days").asInt()).isEqualTo(FsrsParameters.DEFAULTS.maximumIntervalDays());
        assertThat(vectors.path("histories").size()).isGreaterThanOrEqualTo(500);
    }

    static Stream<Integer> histories() throws IOException {
        return IntStream.range(0, vectors().path("histories").size()).boxed();
    }

    @ParameterizedTest(name = "history {0}")
    @MethodSource("histories")
    void everyReviewOfTheHistoryEndsWhereTheReferenceEnds(int index) throws IOException {
        JsonNode history = vectors().path("histories").get(index);
        var fsrs = new Fsrs(FsrsParameters.DEFAULTS);
        CardSchedule card = CardSchedule.fresh(Instant.parse(history.path("created").asText()));
        int n = 0;
        for (JsonNode review : history.path("reviews")) {
            String where = "review " + n++ + " of history " + index;
            Instant at = Instant.parse(review.path("at").asText());
            if (review.has("retrievability")) {
                assertThat(fsrs.retrievability(card, at)).as(where + ": retrievability")
                        .isCloseTo(review.path("retrievability").asDouble(), within(1e-9));
            }
            card = fsrs.review(card, Rating.ofGrade(review.path("rating").asInt()), at);
            assertThat(card.state().name().toLowerCase(Locale.ROOT)).as(where + ": state")
                    .isEqualTo(review.path("state").asText());
            assertThat(card.step().isPresent() ? (Object) card.step().getAsInt() : null).as(where + ": step")
                    .isEqualTo(review.path("step").isNull() ? null : review.path("step").asInt());
            Memory memory = card.memory().orElseThrow();
            assertThat(memory.stability()).as(where + ": stability")
                    .isCloseTo(review.path("stability").asDouble(), within(1e-6));
            assertThat(memory.difficulty()).as(where + ": difficulty")
                    .isCloseTo(review.path("difficulty").asDouble(), within(1e-6));
            assertThat(card.due()).as(where + ": due").isEqualTo(Instant.parse(review.path("due").asText()));
        }
    }

    private static List<Duration> seconds(JsonNode list) {
        var steps = new ArrayList<Duration>();
        list.forEach(step -> steps.add(Duration.ofSeconds(step.asLong())));
        return steps;
    }

    private static JsonNode cached;

    private static synchronized JsonNode vectors() throws IOException {
        if (cached == null) {
            try (InputStream in = FsrsVectorsTest.class.getResourceAsStream(VECTORS)) {
                cached = new ObjectMapper().readTree(in);
            }
        }
        return cached;
    }
}
