package org.amilab.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Makes and checks EC2-style ids (prefix, dash, 17 lowercase hex digits). Randomness is injected
 * so that a test with a seeded generator always gets the same ids.
 */
public final class ResourceIds {

    public static final String AMI = "ami";
    public static final String INSTANCE = "i";
    public static final String VOLUME = "vol";
    public static final String SNAPSHOT = "snap";
    public static final String IMPORT_TASK = "import-ami";

    private static final int HEX_DIGITS = 17;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Compiled once per prefix: records check their ids on every construction. */
    private static final Map<String, Pattern> WELL_FORMED = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> CURRENT_FORMAT = new ConcurrentHashMap<>();

    private final RandomGenerator random;

    public ResourceIds(RandomGenerator random) {
        this.random = Require.present(random, "random generator");
    }

    /** A fresh id for which {@code taken} is false; collisions are astronomically rare but cheap to avoid. */
    public String next(String prefix, Predicate<String> taken) {
        String id;
        do {
            id = randomId(prefix);
        } while (taken.test(id));
        return id;
    }

    private String randomId(String prefix) {
        StringBuilder id = new StringBuilder(prefix).append('-');
        for (int i = 0; i < HEX_DIGITS; i++) {
            id.append(HEX[random.nextInt(HEX.length)]);
        }
        return id.toString();
    }

    /**
     * EC2 still accepts the older 8-digit form, so an id like ami-12345678 is well formed (and
     * then simply not found) while ami-xyz is malformed.
     */
    public static boolean wellFormed(String prefix, String id) {
        return id != null && WELL_FORMED.computeIfAbsent(prefix,
                p -> Pattern.compile(Pattern.quote(p) + "-([0-9a-f]{8}|[0-9a-f]{17})")).matcher(id).matches();
    }

    public static boolean isCurrentFormat(String prefix, String id) {
        return id != null && CURRENT_FORMAT.computeIfAbsent(prefix,
                p -> Pattern.compile(Pattern.quote(p) + "-[0-9a-f]{17}")).matcher(id).matches();
    }
}
