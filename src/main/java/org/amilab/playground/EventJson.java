package org.amilab.playground;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amilab.simulator.EventDetail;

/**
 * A log line's detail as a kind (the record's simple name, "InstanceLaunched") and a JSON payload of
 * its fields. The kind is a column of its own, so that a query can pick lines without reading
 * JSON. The record components are the stored shape: {@code EventJsonTest} pins one stored line of
 * every kind, so renaming a field fails a test instead of silently orphaning old lines.
 */
final class EventJson {

    private static final Map<String, Class<?>> KINDS = Arrays.stream(EventDetail.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
    private static final JsonMapper JSON = StoredJson.builder().build();

    private EventJson() {
    }

    static String kindOf(EventDetail detail) {
        return detail.getClass().getSimpleName();
    }

    static String payloadOf(EventDetail detail) {
        try {
            return JSON.writeValueAsString(detail);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a log line could not be written as JSON", impossible);
        }
    }

    static EventDetail read(String kind, String payload) {
        Class<?> type = Optional.ofNullable(KINDS.get(kind))
                .orElseThrow(() -> new IllegalStateException("a stored log line is of an unknown kind '" + kind + "'"));
        try {
            return (EventDetail) JSON.readValue(payload, type);
        } catch (JsonProcessingException broken) {
            throw new IllegalStateException("a stored " + kind + " line does not match its record: "
                    + broken.getOriginalMessage(), broken);
        }
    }

    /**
     * Teaches another mapper (Spring's, which the event publication registry uses to keep events
     * until their listeners are done) to write a detail with its kind and read it back.
     */
    static SimpleModule kindsModule() {
        SimpleModule module = new SimpleModule("playground-event-kinds");
        module.setMixInAnnotation(EventDetail.class, WithKind.class);
        KINDS.forEach((name, type) -> module.registerSubtypes(new NamedType(type, name)));
        return module;
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    private interface WithKind {
    }
}
