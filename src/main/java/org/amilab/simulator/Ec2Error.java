package org.amilab.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why EC2 refused an action: the error {@code code} and {@code message} EC2 itself returns (with the
 * real ids in it), and the values it was told about by name, in order (an image id, a region ...), so
 * that the course can explain it in the learner's words. {@code reason} is the stable key of the
 * explanation in {@code content/refusals.yml}.
 */
public record Ec2Error(Refusal reason, String code, String message, Map<String, String> values) {

    public Ec2Error {
        Require.present(reason, "reason");
        Require.text(code, "code");
        Require.text(message, "message");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
