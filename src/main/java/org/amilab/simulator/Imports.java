package org.amilab.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a completed VM Import leaves behind: an EBS-backed AMI of the disk, with one snapshot as big as the disk. */
final class Imports {

    /** As for copies, no volume of the account ever held the imported data. */
    private static final String NO_VOLUME_ID = "vol-ffffffff";
    private static final String ROOT_DEVICE = "/dev/sda1";

    private Imports() {
    }

    static void register(Resources resources, ImportTask task, Instant at) {
        ImportableSystem system = ImportableSystem.named(task.disk().operatingSystem()).orElseThrow(
                () -> new IllegalStateException(task.id() + " imported an operating system the playground lost"));
        int sizeGiB = task.disk().sizeGiB();
        resources.snapshots.put(task.snapshotId(), new Snapshot(task.snapshotId(), task.region(), NO_VOLUME_ID, sizeGiB,
                task.imageId(), at, Optional.empty()));
        var root = BlockDeviceMapping.ebs(ROOT_DEVICE, new EbsBlockDevice(task.snapshotId(), sizeGiB, VolumeType.GP2, true));
        // EC2 names an imported AMI after its task
        Ami ami = new Ami(task.imageId(), task.id(), task.description(), task.region(), AmiSource.MY_AMIS,
                system.platform(), system.operatingSystem(), system.architecture(), RootDeviceType.EBS, ROOT_DEVICE,
                VirtualizationType.HVM, sizeGiB, ImageState.AVAILABLE, task.ownerId(), "", false, List.of(root),
                LaunchPermission.PRIVATE, java.math.BigDecimal.ZERO, SoftwareConfiguration.NONE);
        resources.images.put(ami.id(), OwnedAmi.registered(ami, at, at, task.id()));
    }
}
