package org.amilab.playground;

import static org.amilab.SignedInAs.as;
import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.amilab.playground.ResourcesJson.Resources;
import org.amilab.simulator.Ami;
import org.amilab.simulator.CopyImageRequest;
import org.amilab.simulator.CreateImageRequest;
import org.amilab.simulator.EventDetail;
import org.amilab.simulator.EventDetail.ActionRefused;
import org.amilab.simulator.EventDetail.LaunchPermissionChanged;
import org.amilab.simulator.LaunchPermissionChange;
import org.amilab.simulator.LifecycleDurations;
import org.amilab.simulator.Playground;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.PlaygroundFixture;
import org.amilab.simulator.PlaygroundState;
import org.amilab.simulator.Protection;
import org.amilab.simulator.TestCatalog;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Playgrounds stored by older versions (log lines as action, target and result word) are migrated to
 * typed lines: every fact an old line or its playground's document holds comes back as a field;
 * and (V9) every reference to its owner becomes the owner's account id.
 */
class TypedEventsMigrationTest {


    private static final String LEARNER = "alice";
    private static final String SECOND_LEARNER = "bob";

    @TempDir
    Path dataDir;

    @Test
    void everyOldLineBecomesTheTypedLineTheSimulatorWritesToday() {
        // an old playground could make AMIs public without turning block public access off first
        PlaygroundFixture fixture = PlaygroundFixture.allowingPublicImagesIn(TestCatalog.US_EAST_1);
        playEveryKindOfLine(fixture);
        PlaygroundState played = fixture.playground.state();
        PlaygroundFixture second = new PlaygroundFixture(org.amilab.simulator.PlaygroundSettings.DEFAULT, 7);
        second.running(TestCatalog.AL2023_X86, "t3.medium");
        second.playground.stop(ALICE, second.playground.instances().get(0).id()).value();
        PlaygroundState secondPlayed = withAccount(second.playground.state(), "210987654321");
        String url = "jdbc:h2:file:" + dataDir.resolve("amilab") + ";WRITE_DELAY=0";
        Flyway.configure().dataSource(url, "amilab", "").locations("classpath:db/migration").target("6").load().migrate();
        storeAsVersion6(url, 1, LEARNER, played);
        storeAsVersion6(url, 2, SECOND_LEARNER, secondPlayed);
        // a run of V7 that stopped after adding the columns (H2 commits DDL at once) is taken up again
        var before = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "amilab", ""));
        before.execute("alter table playground_event add column kind varchar(40)");
        before.execute("alter table playground_event add column payload character varying");

        List<PlaygroundEvent> migrated;
        List<PlaygroundEvent> secondMigrated;
        try (var app = PlaygroundOnlyConfiguration.startOn(url, fixture.realClock)) {
            migrated = as(LEARNER, app.getBean(PlaygroundService.class)::events);
            secondMigrated = as(SECOND_LEARNER, app.getBean(PlaygroundService.class)::events);
            var jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
            Long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, LEARNER);
            assertThat(jdbc.queryForObject("select owner_id from playground where id = 1", Long.class))
                    .as("V9: by account id").isEqualTo(id);
            assertThat(jdbc.queryForObject("select user_id from lesson_progress where lesson_id = 'why-amis'"
                    + " and user_id = ?", Long.class, id)).isEqualTo(id);
            assertThat(jdbc.queryForList("select purpose from playground", String.class)).containsOnly("free");
            assertThat(jdbc.queryForObject("select account_id from learner_account where user_id = ?", String.class, id))
                    .as("V14: the free playground's account is the learner's")
                    .isEqualTo(jdbc.queryForObject("select account_id from playground where id = 1", String.class));
        }

        assertThat(migrated).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(played.events().stream().map(TypedEventsMigrationTest::asAnOldLineTellsIt).toList());
        assertThat(migrated).extracting(line -> line.detail().getClass().getSimpleName()).contains("InstanceLaunched",
                "InstanceStateChanged", "InstanceRebooted", "InstanceTypeChanged", "ProtectionChanged", "ImageRegistered",
                "ImageStateChanged", "ImageDeregistered", "LaunchPermissionChanged", "StorageDeleted",
                "VolumeStateChanged", "ClockAdvanced", "ClockSpeedChanged", "ClockRunning", "ActionRefused");
        assertThat(secondMigrated).as("each log is typed from its own playground's document")
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(secondPlayed.events().stream().map(TypedEventsMigrationTest::asAnOldLineTellsIt).toList());
    }

    /**
     * A playground stored by version 4 (before attempt counters, summaries, typed lines, account ids)
     * comes through every migration since: its log typed, its owner by id, and a summary that the
     * learner's next action fills in.
     */
    @Test
    void aPlaygroundStoredByVersion4ComesThroughEveryMigrationSince() {
        PlaygroundFixture fixture = new PlaygroundFixture();
        String web = fixture.running(TestCatalog.AL2023_X86, "t3.micro");
        fixture.running(TestCatalog.AL2023_X86, "t3.medium");
        fixture.playground.stop(ALICE, web).value();
        PlaygroundState played = fixture.playground.state();
        String url = "jdbc:h2:file:" + dataDir.resolve("v4") + ";WRITE_DELAY=0";
        Flyway.configure().dataSource(url, "amilab", "").locations("classpath:db/migration").target("4").load().migrate();
        storeAsVersion6(url, 1, LEARNER, played);

        try (var app = PlaygroundOnlyConfiguration.startOn(url, fixture.realClock)) {
            PlaygroundService service = app.getBean(PlaygroundService.class);
            var jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
            Long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, LEARNER);
            assertThat(service.summariesOf(List.of(id))).singleElement().as("V6: zeros until the next action")
                    .satisfies(summary -> assertThat(summary.running()).isZero());

            assertThat(as(LEARNER, service::events)).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(played.events().stream().map(TypedEventsMigrationTest::asAnOldLineTellsIt)
                            .toList());
            as(LEARNER, () -> service.execute(new org.amilab.simulator.PlaygroundCommand.AdvanceClock(
                    LifecycleDurations.STOPPING)).value());

            assertThat(service.summariesOf(List.of(id))).singleElement().satisfies(summary -> {
                assertThat(summary.running()).isEqualTo(1);
                assertThat(summary.stopped()).isEqualTo(1);
                assertThat(summary.spendSoFarUsd()).isPositive();
            });
        }
    }

    @Test
    void aLineThatCannotBeTypedStopsStartUpSayingWhichLineItIs() {
        PlaygroundFixture fixture = new PlaygroundFixture();
        fixture.advance(Duration.ofHours(1));
        String url = "jdbc:h2:file:" + dataDir.resolve("odd") + ";WRITE_DELAY=0";
        Flyway.configure().dataSource(url, "amilab", "").locations("classpath:db/migration").target("6").load().migrate();
        storeAsVersion6(url, 1, LEARNER, fixture.playground.state());
        new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "amilab", ""))
                .update("update playground_event set result = '' where sequence = 1");

        Throwable refused = catchThrowable(() -> PlaygroundOnlyConfiguration.startOn(url, fixture.realClock).close());

        assertThat(refused).hasStackTraceContaining("playground 1, log line 1 (ADVANCE_CLOCK of 'clock' with result '')"
                + " cannot be typed");
    }

    /** A refusal's message and the accounts an image was shared with were never stored; all else was. */
    private static PlaygroundEvent asAnOldLineTellsIt(PlaygroundEvent line) {
        EventDetail detail = line.detail();
        if (detail instanceof ActionRefused refused) {
            detail = new ActionRefused(refused.action(), refused.targetId(), refused.code(), "");
        } else if (detail instanceof LaunchPermissionChanged permission) {
            detail = new LaunchPermissionChanged(permission.imageId(), permission.publicImage(), List.of());
        }
        return new PlaygroundEvent(line.sequence(), line.simulatedAt(), line.realAt(), line.actor(), detail);
    }

    private static void playEveryKindOfLine(PlaygroundFixture fixture) {
        Playground playground = fixture.playground;
        playground.setSpeed(ALICE, 60).value();
        playground.pause(ALICE).value();
        playground.resume(ALICE).value();
        String web = fixture.running(TestCatalog.AL2023_X86, "t3.micro");
        playground.reboot(ALICE, web).value();
        playground.stop(ALICE, web).value();
        playground.stop(ALICE, web);
        fixture.advance(LifecycleDurations.STOPPING);
        playground.stop(ALICE, web).value();
        playground.modifyInstanceType(ALICE, web, "t3.medium").value();
        playground.start(ALICE, web).value();
        fixture.advance(LifecycleDurations.EBS_BOOT);
        playground.setProtection(ALICE, web, Protection.TERMINATION, true).value();
        playground.terminate(ALICE, web);
        playground.setProtection(ALICE, web, Protection.TERMINATION, false).value();
        Ami image = playground.createImage(ALICE, CreateImageRequest.of(web, "web-golden")).value();
        fixture.advance(Duration.ofHours(2));
        Ami copy = playground.copyImage(ALICE, CopyImageRequest.of(playground.image(image.id()).orElseThrow(),
                TestCatalog.EU_WEST_1, "web-golden-eu")).value();
        playground.modifyLaunchPermission(ALICE, image.id(), LaunchPermissionChange.shareWith("123456789012")).value();
        playground.modifyLaunchPermission(ALICE, image.id(), LaunchPermissionChange.makePublic()).value();
        fixture.advance(Duration.ofHours(2));
        playground.deregisterImage(ALICE, copy.id()).value();
        playground.snapshots().stream().filter(s -> s.imageId().equals(copy.id())).forEach(s ->
                playground.deleteSnapshot(ALICE, s.id()).value());
        playground.terminate(ALICE, web).value();
        fixture.advance(LifecycleDurations.SHUTTING_DOWN);
    }

    /**
     * What version 6 stored for this playground: its row, its document, and its log in the old
     * columns. The document is today's without the keys version 6 did not have.
     */
    private static void storeAsVersion6(String url, long playgroundId, String learner, PlaygroundState state) {
        var jdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "amilab", ""));
        jdbc.update("insert into user_account (username, display_name, password_hash, role, enabled, dark_theme,"
                + " created_at, version) values (?, ?, 'unused', 'LEARNER', true, false, ?, 0)", learner, learner,
                state.startedAt().atOffset(ZoneOffset.UTC));
        jdbc.update("insert into lesson_progress (username, lesson_id, completed_at) values (?, 'why-amis', ?)", learner,
                state.startedAt().atOffset(ZoneOffset.UTC));
        long last = state.events().get(state.events().size() - 1).sequence();
        jdbc.update("insert into playground (id, owner_username, account_id, instance_quota, started_at, clock_real_anchor,"
                + " clock_sim_anchor, clock_speed, clock_paused, last_event_sequence, resources, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", playgroundId, learner, state.accountId(),
                state.settings().instanceQuota(),
                state.startedAt().atOffset(ZoneOffset.UTC), state.clock().realAnchor().atOffset(ZoneOffset.UTC),
                state.clock().simAnchor().atOffset(ZoneOffset.UTC), state.clock().speed(), state.clock().paused(), last,
                versionSixDocument(state));
        for (PlaygroundEvent line : state.events()) {
            jdbc.update("insert into playground_event (playground_id, sequence, simulated_at, real_at, actor, event_type,"
                    + " target_id, result, error_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", playgroundId, line.sequence(),
                    line.simulatedAt().atOffset(ZoneOffset.UTC), line.realAt().atOffset(ZoneOffset.UTC),
                    line.actor().username(), line.type().name(), line.targetId(), line.result(), line.errorCode());
        }
    }

    private static PlaygroundState withAccount(PlaygroundState s, String accountId) {
        return new PlaygroundState(accountId, s.settings(), s.startedAt(), s.clock(), s.instances(), s.volumes(), s.images(),
                s.snapshots(), s.bundles(), s.events(), s.clientTokens(), s.settled(), s.prices());
    }

    private static String versionSixDocument(PlaygroundState state) {
        try {
            var document = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(ResourcesJson.write(Resources.of(state)));
            document.remove(List.of("prices", "settled", "clientTokens", "importTasks", "publicSharingRegions"));
            return document.toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
