package org.amilab.playground.ui;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.amilab.simulator.EventType;
import org.amilab.simulator.PlaygroundEvent;

/** How a log line reads in the timeline: clock steps in days, hours and minutes, not ISO-8601's "PT1H". */
final class EventText {

    private EventText() {
    }

    static String result(PlaygroundEvent event) {
        if (!event.accepted()) {
            return "refused: " + event.errorCode();
        }
        if (event.type() == EventType.ADVANCE_CLOCK && event.result().startsWith("+")) {
            try {
                return "+" + inWords(Duration.parse(event.result().substring(1)));
            } catch (DateTimeParseException notADuration) {
                return event.result();
            }
        }
        if (event.type() == EventType.SET_SPEED && event.result().endsWith("x")) {
            return event.result().substring(0, event.result().length() - 1) + "\u00d7 real time";
        }
        return event.result();
    }

    /** "1 day 2 hours", "30 days", "45 seconds": the largest units first, none that is zero. */
    static String inWords(Duration duration) {
        List<String> parts = new ArrayList<>();
        add(parts, duration.toDays(), "day");
        add(parts, duration.toHoursPart(), "hour");
        add(parts, duration.toMinutesPart(), "minute");
        add(parts, duration.toSecondsPart(), "second");
        return parts.isEmpty() ? "0 seconds" : String.join(" ", parts);
    }

    private static void add(List<String> parts, long amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }
}
