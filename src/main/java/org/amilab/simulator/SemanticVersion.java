package org.amilab.simulator;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EC2 Image Builder's version of a component or recipe: major.minor.patch, each a whole number
 * from 0 to 2^30 - 1 without leading zeros. Build versions (the /1 of 1.0.0/1) belong to images
 * and are counted separately.
 */
public record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

    public static final int MAX_PART = (1 << 30) - 1;
    private static final Pattern FORM = Pattern.compile("(0|[1-9]\\d{0,9})\\.(0|[1-9]\\d{0,9})\\.(0|[1-9]\\d{0,9})");
    private static final Comparator<SemanticVersion> ORDER = Comparator.comparingInt(SemanticVersion::major)
            .thenComparingInt(SemanticVersion::minor).thenComparingInt(SemanticVersion::patch);

    public SemanticVersion {
        Require.that(inRange(major) && inRange(minor) && inRange(patch),
                "a semantic version's parts are 0 to " + MAX_PART + ": " + major + "." + minor + "." + patch);
    }

    /** The version {@code text} names, or empty when it is not major.minor.patch as Image Builder writes it. */
    public static Optional<SemanticVersion> parse(String text) {
        Matcher parts = FORM.matcher(text == null ? "" : text.strip());
        if (!parts.matches()) {
            return Optional.empty();
        }
        long major = Long.parseLong(parts.group(1));
        long minor = Long.parseLong(parts.group(2));
        long patch = Long.parseLong(parts.group(3));
        if (major > MAX_PART || minor > MAX_PART || patch > MAX_PART) {
            return Optional.empty();
        }
        return Optional.of(new SemanticVersion((int) major, (int) minor, (int) patch));
    }

    /** Reads a version a content file or a stored document gives; refuses anything else by saying what it is. */
    public static SemanticVersion of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("'" + text
                + "' is not a semantic version: write major.minor.patch, such as 1.0.0"));
    }

    private static boolean inRange(int part) {
        return part >= 0 && part <= MAX_PART;
    }

    @Override
    public int compareTo(SemanticVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
