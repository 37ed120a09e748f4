package org.amilab.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The JSON of an attempt's {@code asked} and {@code answers} columns: shapes of our own, one field per kind of answer. */
final class StoredAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredAnswers() {
    }

    record AskedQuestion(String question, List<String> shown) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record GivenAnswer(String question, double points, @Nullable List<String> chosen, @Nullable Boolean truth,
            @Nullable List<String> order, @Nullable Map<String, String> matches, @Nullable BigDecimal number) {

        static GivenAnswer of(String question, double points, Optional<Answer> answer) {
            if (answer.isEmpty()) {
                return new GivenAnswer(question, points, null, null, null, null, null);
            }
            Answer given = answer.get();
            if (given instanceof Answer.Choices choices) {
                return new GivenAnswer(question, points, List.copyOf(choices.chosen()), null, null, null, null);
            }
            if (given instanceof Answer.TrueOrFalse truth) {
                return new GivenAnswer(question, points, null, truth.value(), null, null, null);
            }
            if (given instanceof Answer.Order order) {
                return new GivenAnswer(question, points, null, null, order.items(), null, null);
            }
            if (given instanceof Answer.Matches matches) {
                return new GivenAnswer(question, points, null, null, null, matches.optionOfItem(), null);
            }
            return new GivenAnswer(question, points, null, null, null, null, ((Answer.Number) given).value());
        }

        Optional<Answer> answer() {
            if (chosen != null) {
                return Optional.of(new Answer.Choices(java.util.Set.copyOf(chosen)));
            }
            if (truth != null) {
                return Optional.of(new Answer.TrueOrFalse(truth));
            }
            if (order != null) {
                return Optional.of(new Answer.Order(order));
            }
            if (matches != null) {
                return Optional.of(new Answer.Matches(matches));
            }
            return Optional.ofNullable(number).map(Answer.Number::new);
        }
    }

    static String asked(List<AskedQuestion> asked) {
        return write(asked);
    }

    static List<AskedQuestion> asked(String json) {
        return read(json, new TypeReference<>() {
        });
    }

    static String answers(List<GivenAnswer> answers) {
        return write(answers);
    }

    static List<GivenAnswer> answers(String json) {
        return read(json, new TypeReference<>() {
        });
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an attempt's JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored quiz attempt is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
