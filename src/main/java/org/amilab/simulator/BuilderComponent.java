package org.amilab.simulator;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An EC2 Image Builder component: a named, versioned set of steps. A build component's steps
 * change the build instance; a test component's steps check the test instance launched from the
 * new image, and the image fails if any step ends with a nonzero exit status. In the playground a
 * step is one line of the simulated shell, so a component does exactly what a learner could type.
 * A component version never changes once it exists: a change is a new version.
 */
public record BuilderComponent(String name, SemanticVersion version, Phase phase, Platform platform, String description,
                               List<String> steps) {

    /** Which phase of a pipeline run the component belongs to. */
    public enum Phase {
        BUILD,
        TEST
    }

    /** The most steps a learner's component may have: a component is one focused job. */
    public static final int MAX_STEPS = 50;

    /** Image Builder's rule for resource names: letters, digits, spaces, hyphens and underscores, 1 to 128. */
    private static final Pattern NAME = Pattern.compile("[-_A-Za-z0-9][-_A-Za-z0-9 ]{0,126}[-_A-Za-z0-9]|[-_A-Za-z0-9]");

    public BuilderComponent {
        Require.that(name != null && NAME.matcher(name).matches(), "'" + name + "' is not a component name: use 1 to 128 "
                + "letters, digits, spaces, hyphens or underscores, not starting or ending with a space");
        Require.present(version, "version");
        Require.present(phase, "phase");
        Require.present(platform, "platform");
        description = description == null ? "" : description;
        steps = Require.listOrEmpty(steps);
        Require.that(!steps.isEmpty(), name + " has no steps");
        steps.forEach(step -> Require.that(!step.isBlank() && step.length() <= Shell.MAX_LINE,
                name + " has a step that is empty or longer than " + Shell.MAX_LINE + " characters"));
    }

    /** How a recipe names it: name/version. */
    public String reference() {
        return name + "/" + version;
    }

    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
