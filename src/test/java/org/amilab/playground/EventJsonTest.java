package org.amilab.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.amilab.simulator.EventDetail;
import org.amilab.simulator.EventDetail.ActionRefused;
import org.amilab.simulator.EventDetail.ClockAdvanced;
import org.amilab.simulator.EventDetail.ClockRunning;
import org.amilab.simulator.EventDetail.ClockSpeedChanged;
import org.amilab.simulator.EventDetail.ImageDeregistered;
import org.amilab.simulator.EventDetail.HostFailed;
import org.amilab.simulator.EventDetail.ImageBlockPublicAccessChanged;
import org.amilab.simulator.EventDetail.ComponentCreated;
import org.amilab.simulator.EventDetail.ImageBuildAdvanced;
import org.amilab.simulator.Platform;
import org.amilab.simulator.EventDetail.ImageBuildSkipped;
import org.amilab.simulator.EventDetail.ImageBuildStarted;
import org.amilab.simulator.EventDetail.ImagePipelineSaved;
import org.amilab.simulator.EventDetail.ImageRecipeCreated;
import org.amilab.simulator.ImageBuild;
import org.amilab.simulator.EventDetail.ImportTaskEnded;
import org.amilab.simulator.EventDetail.ImportTaskStarted;
import org.amilab.simulator.EventDetail.ShellCommandRan;
import org.amilab.simulator.EventDetail.ImageRegistered;
import org.amilab.simulator.EventDetail.ImageStateChanged;
import org.amilab.simulator.EventDetail.InstanceLaunched;
import org.amilab.simulator.EventDetail.InstanceRebooted;
import org.amilab.simulator.EventDetail.InstanceStateChanged;
import org.amilab.simulator.EventDetail.InstanceTypeChanged;
import org.amilab.simulator.EventDetail.LaunchPermissionChanged;
import org.amilab.simulator.EventDetail.ProtectionChanged;
import org.amilab.simulator.EventDetail.StorageDeleted;
import org.amilab.simulator.EventDetail.VolumeStateChanged;
import org.amilab.simulator.EventType;
import org.amilab.simulator.ImageState;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.Protection;
import org.amilab.simulator.RootDeviceType;
import org.amilab.simulator.StateReason;
import org.amilab.simulator.VolumeState;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    /** One line of every kind, as stored: "kind payload" per line. */
    private static final String GOLDEN = "event-kinds-v7.txt";
    private static final String INSTANCE = "i-0123456789abcdef0";
    private static final String IMAGE = "ami-0fedcba9876543210";

    private static final List<EventDetail> ONE_OF_EACH = List.of(
            new InstanceLaunched(INSTANCE, "ami-0abcdef1234567890", "t3.micro", "us-east-1", RootDeviceType.EBS, 8),
            new InstanceStateChanged(EventType.STOP, INSTANCE, InstanceState.RUNNING, InstanceState.STOPPING,
                    StateReason.userInitiated(Instant.parse("2026-12-03T09:00:00Z"))),
            new InstanceRebooted(INSTANCE, false),
            new InstanceTypeChanged(INSTANCE, "t3.micro", "t3.large"),
            new ProtectionChanged(INSTANCE, Protection.TERMINATION, true),
            new ImageRegistered(EventType.COPY_IMAGE, IMAGE, "web-golden", "eu-west-1", RootDeviceType.INSTANCE_STORE,
                    "ami-0abcdef1234567890", "us-east-1"),
            new ImageStateChanged(IMAGE, ImageState.PENDING, ImageState.AVAILABLE),
            new ImageDeregistered(IMAGE),
            new ShellCommandRan(INSTANCE, "sudo dnf install -y httpd", 0),
            new HostFailed(INSTANCE),
            new ImageBlockPublicAccessChanged("us-east-1", false),
            new ImageRecipeCreated("us-east-1", "shop-web", "1.0.0", "ami-0abcdef1234567890",
                    List.of("apache-web-server/1.1.0", "web-server-answers/1.0.0")),
            new ComponentCreated("shop-page", "1.0.0", Platform.LINUX,
                    List.of("echo '<h1>Shop</h1>' | sudo tee /var/www/html/index.html")),
            new ImagePipelineSaved(EventType.CREATE_IMAGE_PIPELINE, "us-east-1", "shop-weekly", "shop-web/1.0.0", "t3.micro",
                    List.of("us-east-1", "eu-west-1"), "cron(0 3 ? * mon *)"),
            new ImageBuildStarted(EventType.START_IMAGE_PIPELINE_EXECUTION, "us-east-1", "shop-weekly", "shop-web/1.0.0/1",
                    INSTANCE),
            new ImageBuildSkipped("us-east-1", "shop-weekly", "neither the parent image nor a component changed"),
            new ImageBuildAdvanced("us-east-1", "shop-web/1.0.0/1", ImageBuild.Status.TESTING, ImageBuild.Status.FAILED,
                    "Step 'systemctl is-active httpd' of web-server-answers/1.0.0 exited with status 3"),
            new ImportTaskStarted("import-ami-0123456789abcdef0", "us-east-1", "VMDK", "Ubuntu Server 22.04 LTS", 20),
            new ImportTaskEnded("import-ami-0123456789abcdef0", false, "", "ClientError: Unknown OS / Missing OS files."),
            new LaunchPermissionChanged(IMAGE, false, List.of("123456789012")),
            new StorageDeleted(EventType.DELETE_SNAPSHOT, "snap-0123456789abcdef0"),
            new VolumeStateChanged("vol-0123456789abcdef0", INSTANCE, VolumeState.IN_USE, VolumeState.AVAILABLE),
            new ClockAdvanced(Duration.ofDays(1).plusHours(2)),
            new ClockSpeedChanged(1, 60),
            new ClockRunning(false),
            new ActionRefused(EventType.STOP, INSTANCE, "UnsupportedOperation",
                    "The instance 'i-0123456789abcdef0' does not have an 'ebs' root device type and cannot be stopped."));

    @Test
    void everyKindHasAStoredSample() {
        assertThat(ONE_OF_EACH.stream().map(detail -> (Object) detail.getClass()).toList())
                .containsExactlyInAnyOrder((Object[]) EventDetail.class.getPermittedSubclasses());
    }

    @Test
    void everyKindComesBackEqual() {
        ONE_OF_EACH.forEach(detail -> assertThat(EventJson.read(EventJson.kindOf(detail), EventJson.payloadOf(detail)))
                .isEqualTo(detail));
    }

    /**
     * The stored shape is the records' shape: if a record changes, stored lines may no longer read.
     * This test fails first, so the change comes with a Flyway migration of the stored lines.
     */
    @Test
    void theStoredShapeHasNotChanged() throws IOException {
        Map<String, String> golden = golden();

        Map<String, String> now = ONE_OF_EACH.stream().collect(Collectors.toMap(EventJson::kindOf, EventJson::payloadOf,
                (a, b) -> a, LinkedHashMap::new));

        assertThat(now).isEqualTo(golden);
        golden.forEach((kind, payload) -> assertThat(EventJson.payloadOf(EventJson.read(kind, payload))).isEqualTo(payload));
    }

    @Test
    void aLineOfAnUnknownKindOrShapeFailsLoudly() {
        assertThatThrownBy(() -> EventJson.read("InstanceExploded", "{}")).hasMessageContaining("unknown kind 'InstanceExploded'");
        assertThatThrownBy(() -> EventJson.read("ClockSpeedChanged", "{\"from\":1,\"to\":60,\"by\":\"me\"}"))
                .hasMessageContaining("ClockSpeedChanged line does not match its record");
    }

    private static Map<String, String> golden() throws IOException {
        try (InputStream in = EventJsonTest.class.getResourceAsStream(GOLDEN)) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank())
                    .collect(Collectors.toMap(line -> line.substring(0, line.indexOf(' ')),
                            line -> line.substring(line.indexOf(' ') + 1), (a, b) -> a, LinkedHashMap::new));
        }
    }
}
