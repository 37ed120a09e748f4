package org.amilab.playground;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.amilab.base.UserIds;
import org.amilab.content.ContentService;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The playground feature alone (service, JPA, Flyway, content) on an H2 file database in a folder
 * of the test's choice, with the shipped database URL: it starts in seconds, so a test can stop
 * it and start it again on the same file, or measure it without the web application around it.
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
        HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class})
@EnableJpaRepositories(basePackageClasses = PlaygroundService.class)
@EntityScan(basePackageClasses = PlaygroundService.class)
@ConfigurationPropertiesScan(basePackageClasses = ContentService.class)
@Import({PlaygroundService.class, PlaygroundStore.class, ImageSharing.class, PlaygroundAccess.class, ContentService.class, PriceBooksInForce.class,
        TypedEventsMigration.class})
class PlaygroundOnlyConfiguration {

    /** What the security feature answers in the application, from the same table, remembered as it does. */
    @Bean
    UserIds userIds(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        java.util.Map<String, Long> known = new java.util.concurrent.ConcurrentHashMap<>();
        return username -> {
            Long id = known.get(username);
            if (id == null) {
                OptionalLong found = jdbc.query("select id from user_account where username = ?",
                        rows -> rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty(), username);
                found.ifPresent(value -> known.put(username, value));
                return found;
            }
            return OptionalLong.of(id);
        };
    }

    /** The stored free playground of {@code username}, for tests that look at its row. */
    static java.util.Optional<StoredPlayground> freePlaygroundOf(ConfigurableApplicationContext app, String username) {
        long id = app.getBean(UserIds.class).idOf(username).orElseThrow();
        return app.getBean(StoredPlaygroundRepository.class).find(PlaygroundKey.freeOf(id));
    }

    /** On the shipped database URL, with its file in {@code dataDir}. */
    static ConfigurableApplicationContext start(Path dataDir, Clock clock) {
        return run(clock, "--amilab.data-dir=" + dataDir);
    }

    static ConfigurableApplicationContext startOn(String databaseUrl, Clock clock) {
        return run(clock, "--spring.datasource.url=" + databaseUrl);
    }

    /** Settings as arguments, because application.properties outranks the builder's default properties. */
    private static ConfigurableApplicationContext run(Clock clock, String setting) {
        return new SpringApplicationBuilder(PlaygroundOnlyConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run(setting);
    }

    /** A playground belongs to an account; here the account row is all that is needed of one. */
    static void addAccount(ConfigurableApplicationContext app, String username) {
        new JdbcTemplate(app.getBean(DataSource.class)).update("insert into user_account (username, display_name, password_hash, role,"
                + " enabled, dark_theme, created_at, version) values (?, ?, 'unused', 'LEARNER', true, false, ?, 0)",
                username, username, Instant.EPOCH);
    }
}
