package org.amilab.security;

import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * New hashes are Argon2id, which takes a passphrase of any length; bcrypt reads only 72 bytes, so
 * a 73-byte passphrase could not be stored at all. Hashes name their algorithm, so the bcrypt
 * hashes written before still match, and are rewritten as Argon2id at their owner's next sign-in.
 */
final class PasswordHashing {

    static final String ARGON2 = "argon2id-19m";
    static final String BCRYPT = "bcrypt";
    /** Spring Security's 16 MiB defaults, used before ARGON2; such hashes are upgraded at sign-in. */
    static final String ARGON2_SPRING_DEFAULTS = "argon2@SpringSecurity_v5_8";
    /** ASVS 5.0 appendix C asks Argon2id for at least 19 MiB of memory with 2 passes. */
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int PASSES = 2;

    private PasswordHashing() {
    }

    static PasswordEncoder encoder() {
        // an Argon2 hash carries its own parameters, so this one encoder also checks the older hashes
        var argon2 = new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, PASSES);
        return new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, argon2,
                ARGON2_SPRING_DEFAULTS, argon2,
                BCRYPT, new BCryptPasswordEncoder()));
    }
}
