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

    static final String ARGON2 = "argon2@SpringSecurity_v5_8";
    static final String BCRYPT = "bcrypt";

    private PasswordHashing() {
    }

    static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                BCRYPT, new BCryptPasswordEncoder()));
    }
}
