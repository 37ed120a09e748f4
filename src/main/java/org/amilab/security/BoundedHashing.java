package org.amilab.security;

import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At most a few password hashes at once. Each Argon2 hash takes 19 MiB while it runs, and the sign-in
 * throttles bound the attempts per address, not in total: many addresses at once (or an IPv6 block)
 * could otherwise fill the heap. Further attempts wait their turn; they are slow by design anyway.
 */
final class BoundedHashing implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final Semaphore turns;

    BoundedHashing(PasswordEncoder hashing, int atOnce) {
        this.hashing = hashing;
        this.turns = new Semaphore(atOnce, true);
    }

    /** Two per core: the hashes keep the cores busy, and the memory they take stays small. */
    static BoundedHashing forThisMachine(PasswordEncoder hashing) {
        return new BoundedHashing(hashing, 2 * Runtime.getRuntime().availableProcessors());
    }

    @Override
    public String encode(CharSequence password) {
        turns.acquireUninterruptibly();
        try {
            return hashing.encode(password);
        } finally {
            turns.release();
        }
    }

    @Override
    public boolean matches(CharSequence password, String hash) {
        turns.acquireUninterruptibly();
        try {
            return hashing.matches(password, hash);
        } finally {
            turns.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String hash) {
        return hashing.upgradeEncoding(hash);
    }
}
