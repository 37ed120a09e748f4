package org.amilab;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test set-up of the suite. Every Spring test uses exactly this, so Spring's context
 * cache starts the application once for all of them, browser tests included.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ForwardClock.Configuration.class)
public @interface AmiLabSpringTest {

    /** The admin password of application-test.properties. */
    String ADMIN_PASSWORD = "test-admin-passphrase-for-ci";
}
