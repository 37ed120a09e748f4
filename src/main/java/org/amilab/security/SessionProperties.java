package org.amilab.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long sessions live. The idle time of a signed-in session is Spring Boot's
 * {@code server.servlet.session.timeout}; these are the limits around it.
 *
 * @param absoluteLifetime a sign-in ends this long after it began, however busy the session
 * @param anonymousIdle a visitor's session ends after this long without a request other than Vaadin's heartbeat
 * @param anonymousLimit at most this many visitors' sessions are kept; above it the oldest ends
 */
@ConfigurationProperties("amilab.session")
record SessionProperties(Duration absoluteLifetime, Duration anonymousIdle, int anonymousLimit) {
}
