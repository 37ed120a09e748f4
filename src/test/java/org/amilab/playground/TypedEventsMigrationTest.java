package org.amilab.playground;

import static org.amilab.playground.SignedIn.as;
import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

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
 * A playground stored by version 6 (log lines as action, target and result word) is migrated to
 * typed lines: every fact an old line or its playground's document holds comes back as a field;
 * and (V9) every reference to its owner becomes the owner's account id.
 */
class TypedEventsMigrationTest {


    private static final String LEARNER = "alice";

    @TempDir
    Path dataDir;

    @Test
    void everyOldLineBecomesTheTypedLineTheSimulatorWritesToday() {
        PlaygroundFixture fixture = new PlaygroundFixture();
        playEveryKindOfLine(fixture);
        PlaygroundState played = fixture.playground.state();
        String url = "jdbc:h2:file:" + dataDir.resolve("amilab") + ";WRITE_DELAY=0";
        Flyway.configure().dataSource(url, "amilab", "").locations("classpath:db/migration").target("6").load().migrate();
        storeAsVersion6(url, played);

        List<PlaygroundEvent> migrated;
        try (var app = PlaygroundOnlyConfiguration.startOn(url, fixture.realClock)) {
            migrated = as(LEARNER, app.getBean(PlaygroundService.class)::events);
            var jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
            Long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, LEARNER);
            assertThat(jdbc.queryForObject("select owner_id from playground", Long.class)).as("V9: by account id").isEqualTo(id);
            assertThat(jdbc.queryForObject("select user_id from lesson_progress", Long.class)).isEqualTo(id);
            assertThat(jdbc.queryForObject("select purpose from playground", String.class)).isEqualTo("free");
        }

        assertThat(migrated).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(played.events().stream().map(TypedEventsMigrationTest::asAnOldLineTellsIt).toList());
        assertThat(migrated).extracting(line -> line.detail().getClass().getSimpleName()).contains("InstanceLaunched",
                "InstanceStateChanged", "InstanceRebooted", "InstanceTypeChanged", "ProtectionChanged", "ImageRegistered",
                "ImageStateChanged", "ImageDeregistered", "LaunchPermissionChanged", "StorageDeleted",
                "VolumeStateChanged", "ClockAdvanced", "ClockSpeedChanged", "ClockRunning", "ActionRefused");
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

    /** What version 6 stored for this playground: its row, its document, and its log in the old columns. */
    private static void storeAsVersion6(String url, PlaygroundState state) {
        var jdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "amilab", ""));
        jdbc.update("insert into user_account (username, display_name, password_hash, role, enabled, dark_theme,"
                + " created_at, version) values (?, ?, 'unused', 'LEARNER', true, false, ?, 0)", LEARNER, LEARNER,
                state.startedAt().atOffset(ZoneOffset.UTC));
        jdbc.update("insert into lesson_progress (username, lesson_id, completed_at) values (?, 'why-amis', ?)", LEARNER,
                state.startedAt().atOffset(ZoneOffset.UTC));
        long last = state.events().get(state.events().size() - 1).sequence();
        jdbc.update("insert into playground (id, owner_username, account_id, instance_quota, started_at, clock_real_anchor,"
                + " clock_sim_anchor, clock_speed, clock_paused, last_event_sequence, resources, version)"
                + " values (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", LEARNER, state.accountId(), state.settings().instanceQuota(),
                state.startedAt().atOffset(ZoneOffset.UTC), state.clock().realAnchor().atOffset(ZoneOffset.UTC),
                state.clock().simAnchor().atOffset(ZoneOffset.UTC), state.clock().speed(), state.clock().paused(), last,
                ResourcesJson.write(Resources.of(state)));
        for (PlaygroundEvent line : state.events()) {
            jdbc.update("insert into playground_event (playground_id, sequence, simulated_at, real_at, actor, event_type,"
                    + " target_id, result, error_code) values (1, ?, ?, ?, ?, ?, ?, ?, ?)", line.sequence(),
                    line.simulatedAt().atOffset(ZoneOffset.UTC), line.realAt().atOffset(ZoneOffset.UTC),
                    line.actor().username(), line.type().name(), line.targetId(), line.result(), line.errorCode());
        }
    }

}
