package org.amilab.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A short id that appears both on the learner's screen and in the log line of the same error. */
final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    static String next() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toUpperCase();
    }
}
