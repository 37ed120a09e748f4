package org.amilab.security;

import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * There are no default accounts. When no active admin exists, one named {@code admin} is made (or
 * restored) with the password from AMILAB_ADMIN_PASSWORD, or a random one logged once.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN_USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    /** No look-alike characters, since the password is read off a log line. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 23; // 23 of 56 characters: over 128 bits

    private final UserAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AdminProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(UserAccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder,
            AdminProperties properties, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.countByRoleAndEnabledTrue(Role.ADMIN) > 0) {
            return;
        }
        boolean given = properties.password() != null && !properties.password().isBlank();
        String password = given ? properties.password() : generatePassword();
        policy.problemWith(ADMIN_USERNAME, password).ifPresent(problem -> {
            throw new IllegalStateException("AMILAB_ADMIN_PASSWORD is refused by the password rules: " + problem);
        });
        String hash = encoder.encode(password);
        accounts.findByUsername(ADMIN_USERNAME).ifPresentOrElse(existing -> {
            existing.setRole(Role.ADMIN);
            existing.setEnabled(true);
            existing.setPasswordHash(hash);
        }, () -> accounts.save(new UserAccount(ADMIN_USERNAME, "Administrator", hash, Role.ADMIN, clock.instant())));
        if (given) {
            log.warn("No active admin existed: account '{}' now has the password from AMILAB_ADMIN_PASSWORD.",
                    ADMIN_USERNAME);
        } else {
            log.warn("No active admin existed: created account '{}' with the generated password  {}  "
                    + "- sign in and change it on the Profile page; it is not shown again.", ADMIN_USERNAME, password);
        }
    }

    private String generatePassword() {
        var password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
