package org.amilab.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code amilab.admin.password} (AMILAB_ADMIN_PASSWORD): the first admin's password, if given. */
@ConfigurationProperties("amilab.admin")
record AdminProperties(String password) {
}
