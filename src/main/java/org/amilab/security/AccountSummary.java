package org.amilab.security;

import java.time.Instant;

/** What may be shown about an account: never its password hash. */
public record AccountSummary(String username, String displayName, Role role, boolean enabled, Instant createdAt) {
}
