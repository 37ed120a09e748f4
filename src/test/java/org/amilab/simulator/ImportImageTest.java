package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** VM Import/Export: a virtual machine's disk goes through EC2's import steps and becomes an AMI, or fails with EC2's reason. */
class ImportImageTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;

    private ImportTask start(String format, String operatingSystem, int sizeGiB) {
        return playground.importImage(ALICE, TestCatalog.US_EAST_1, "shop server from the data center",
                new DiskImage(format, operatingSystem, sizeGiB)).value();
    }

    private ImportTask task(String id) {
        return playground.importTasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aSupportedDiskGoesThroughEc2sStepsAndBecomesAnAvailableAmiWithItsSnapshot() {
        ImportTask started = start("vmdk", "Ubuntu Server 22.04 LTS", 20);
        assertThat(started.id()).matches("import-ami-[0-9a-f]{17}");
        assertThat(started.disk().format()).isEqualTo("VMDK");
        assertThat(started.statusAt(fixture.now())).isEqualTo(ImportTask.Status.ACTIVE);
        assertThat(started.statusMessageAt(fixture.now())).isEqualTo("pending");
        assertThat(started.imageIdAt(fixture.now())).as("no AMI while it works").isEmpty();
        assertThat(playground.myAmis()).isEmpty();

        fixture.advance(started.stepLength().multipliedBy(2).plusSeconds(1));
        ImportTask working = task(started.id());
        assertThat(working.statusMessageAt(fixture.now())).isEqualTo("updating");
        assertThat(working.progressAt(fixture.now())).isBetween(40, 60);

        fixture.advance(started.stepLength().multipliedBy(3));
        playground.catchUp();
        ImportTask done = task(started.id());
        assertThat(done.statusAt(fixture.now())).isEqualTo(ImportTask.Status.COMPLETED);
        assertThat(done.progressAt(fixture.now())).isEqualTo(100);
        Ami imported = playground.myAmis().get(0);
        assertThat(done.imageIdAt(fixture.now())).contains(imported.id());
        assertThat(imported.name()).isEqualTo(started.id());
        assertThat(imported.state()).isEqualTo(ImageState.AVAILABLE);
        assertThat(imported.operatingSystem()).isEqualTo("Ubuntu Server 22.04 LTS");
        assertThat(imported.rootDeviceType()).isEqualTo(RootDeviceType.EBS);
        assertThat(playground.snapshots()).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.imageId()).isEqualTo(imported.id());
            assertThat(snapshot.sizeGiB()).isEqualTo(20);
        });
        assertThat(playground.events()).extracting(PlaygroundEvent::detail)
                .contains(new EventDetail.ImportTaskEnded(started.id(), true, imported.id(), ""));
        Money storage = playground.costsSoFar().total();
        fixture.advance(Duration.ofDays(3));
        assertThat(playground.costsSoFar().total()).as("its snapshot costs").isNotEqualTo(storage);

        String server = fixture.running(imported, "t3.micro");
        assertThat(playground.runShellCommand(ALICE, server, "cat /etc/os-release").value().output())
                .contains("Ubuntu");
    }

    @Test
    void aDiskWithAnOperatingSystemVmImportCannotReadIsDeletedWithEc2sReasonAndMakesNoAmi() {
        ImportTask started = start("OVA", "FreeBSD 14", 8);

        fixture.advance(started.stepLength().multipliedBy(5));
        playground.catchUp();

        ImportTask failed = task(started.id());
        assertThat(failed.statusAt(fixture.now())).isEqualTo(ImportTask.Status.DELETED);
        assertThat(failed.statusMessageAt(fixture.now())).isEqualTo("ClientError: Unknown OS / Missing OS files.");
        assertThat(playground.myAmis()).isEmpty();
        assertThat(playground.snapshots()).isEmpty();
        assertThat(playground.events()).last().satisfies(line ->
                assertThat(line.detail()).isEqualTo(new EventDetail.ImportTaskEnded(started.id(), false, "",
                        "ClientError: Unknown OS / Missing OS files.")));
    }

    @Test
    void aFormatOrSizeVmImportDoesNotTakeIsRefusedBeforeAnyTaskExists() {
        var format = playground.importImage(ALICE, TestCatalog.US_EAST_1, "", new DiskImage("QCOW2", "Debian 12", 8));
        var size = playground.importImage(ALICE, TestCatalog.US_EAST_1, "", new DiskImage("RAW", "Debian 12", 0));
        var system = playground.importImage(ALICE, TestCatalog.US_EAST_1, "", new DiskImage("RAW", "OS/2 Warp", 8));
        var region = playground.importImage(ALICE, "mars-north-1", "", new DiskImage("RAW", "Debian 12", 8));

        assertThat(format.error().code()).isEqualTo("InvalidParameterValue");
        assertThat(format.error().message()).contains("QCOW2");
        assertThat(size.error().message()).contains("1 to 16384 GiB");
        assertThat(system.error().message()).contains("OS/2 Warp");
        assertThat(region.error().message()).contains("mars-north-1");
        assertThat(playground.importTasks()).isEmpty();
    }

    @Test
    void anEndedTaskIsListedForAWeekAndThenLeavesTheStoredPlayground() {
        ImportTask started = start("RAW", "Debian 12", 8);
        fixture.advance(started.stepLength().multipliedBy(5).plus(Duration.ofDays(6)));
        playground.catchUp();
        assertThat(playground.importTasks()).hasSize(1);

        fixture.advance(Duration.ofDays(2));
        playground.catchUp();

        assertThat(playground.importTasks()).isEmpty();
        assertThat(playground.state().importTasks()).isEmpty();
        assertThat(playground.myAmis()).as("the AMI stays").hasSize(1);
    }
}
