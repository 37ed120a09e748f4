package org.amilab.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Why an instance last changed state, as EC2 reports it: a state reason code and message, and the
 * state transition reason text. {@link #NONE} for a change nobody has to explain (a launch, a
 * start), which EC2 shows as empty.
 */
public record StateReason(String code, String message, String transitionReason) {

    public static final StateReason NONE = new StateReason("", "", "");
    private static final DateTimeFormatter GMT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    public StateReason {
        Require.present(code, "code");
        Require.present(message, "message");
        Require.present(transitionReason, "transitionReason");
    }

    /** The learner asked, through the console or the API, to stop or terminate, at simulated {@code at}. */
    public static StateReason userInitiated(Instant at) {
        return new StateReason("Client.UserInitiatedShutdown", "Client.UserInitiatedShutdown: User initiated shutdown",
                "User initiated (" + GMT.format(at) + " GMT)");
    }

    public boolean isNone() {
        return code.isEmpty();
    }
}
