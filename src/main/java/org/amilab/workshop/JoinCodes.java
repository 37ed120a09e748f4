package org.amilab.workshop;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Workshop codes: six characters a room can read off a projector and type without asking, so none
 * that look alike (0 and O, 1, I and L, 2 and Z, 5 and S, 8 and B are left out).
 */
final class JoinCodes {

    static final String ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String next() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed (any case, spaces and dashes ignored), or empty when it cannot be one. */
    static Optional<String> normalised(String typed) {
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? Optional.of(code)
                : Optional.empty();
    }
}
