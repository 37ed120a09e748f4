package org.amilab.simulator;

import java.util.List;

/**
 * CreateComponent as the learner fills it in: a build component of their own, its steps shell
 * lines such as those they typed after Connect, one per line.
 */
public record ComponentRequest(String name, String version, Platform platform, String description, List<String> steps) {

    public ComponentRequest {
        name = name == null ? "" : name.strip();
        version = version == null ? "" : version.strip();
        Require.present(platform, "platform");
        description = description == null ? "" : description.strip();
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
