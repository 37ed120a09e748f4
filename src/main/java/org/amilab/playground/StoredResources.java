package org.amilab.playground;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.amilab.simulator.Ami;
import org.amilab.simulator.AmiSource;
import org.amilab.simulator.Architecture;
import org.amilab.simulator.BlockDeviceMapping;
import org.amilab.simulator.ConfiguredFile;
import org.amilab.simulator.DiskImage;
import org.amilab.simulator.EbsBlockDevice;
import org.amilab.simulator.BuilderComponent;
import org.amilab.simulator.ImageBuild;
import org.amilab.simulator.ImageBundle;
import org.amilab.simulator.ImagePipeline;
import org.amilab.simulator.PipelineSchedule;
import org.amilab.simulator.ImageRecipe;
import org.amilab.simulator.ImageState;
import org.amilab.simulator.ImportTask;
import org.amilab.simulator.Instance;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.LaunchPermission;
import org.amilab.simulator.OwnedAmi;
import org.amilab.simulator.Platform;
import org.amilab.simulator.RootDeviceType;
import org.amilab.simulator.SemanticVersion;
import org.amilab.simulator.Snapshot;
import org.amilab.simulator.SoftwareConfiguration;
import org.amilab.simulator.StateReason;
import org.amilab.simulator.StateSegment;
import org.amilab.simulator.VirtualizationType;
import org.amilab.simulator.Volume;
import org.amilab.simulator.VolumeType;
import org.jspecify.annotations.Nullable;

/**
 * The stored shapes of a playground's resources: records of our own, so that renaming or
 * reshaping a simulator record is a change here and not a migration of every stored document.
 * Their keys and their order are those documents have always had ({@code ResourcesJsonTest} pins
 * them); a time that has not come is null, and a key an older document lacks reads as absent.
 * Reading goes through the simulator's constructors, so a document that breaks a rule fails on load.
 */
final class StoredResources {

    private StoredResources() {
    }

    record StoredInstance(String id, @Nullable String name, String region, String imageId, Architecture architecture,
                          Platform platform, RootDeviceType rootDeviceType, String rootDeviceName, int rootSizeGiB,
                          VirtualizationType virtualizationType, BigDecimal softwareHourlyUsd,
                          List<StoredMapping> instanceStoreMappings, boolean terminationProtection,
                          boolean stopProtection, List<StoredSegment> history,
                          @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable StoredSoftware software,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<String> shellHistory,
                          @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Instant hostFailedAt,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable String operatingSystem) {

        static StoredInstance of(Instance i) {
            return new StoredInstance(i.id(), i.name(), i.region(), i.imageId(), i.architecture(), i.platform(),
                    i.rootDeviceType(), i.rootDeviceName(), i.rootSizeGiB(), i.virtualizationType(),
                    i.softwareHourlyUsd(), i.instanceStoreMappings().stream().map(StoredMapping::of).toList(),
                    i.terminationProtection(), i.stopProtection(), i.history().stream().map(StoredSegment::of).toList(),
                    StoredSoftware.of(i.software()), i.shellHistory(), i.hostFailedAt().orElse(null),
                    i.operatingSystem());
        }

        /**
         * Instances stored before they had names have none; before they had a shell, no software or
         * history; before hosts could fail, a healthy one; before the operating system was kept, none
         * (the simulator then looks it up by the AMI).
         */
        Instance toInstance() {
            return new Instance(id, name == null ? "" : name, region, imageId, architecture, platform, rootDeviceType,
                    rootDeviceName, rootSizeGiB, virtualizationType, softwareHourlyUsd,
                    instanceStoreMappings.stream().map(StoredMapping::toMapping).toList(), terminationProtection,
                    stopProtection, history.stream().map(StoredSegment::toSegment).toList(), StoredSoftware.toSoftware(software),
                    shellHistory == null ? List.of() : shellHistory, Optional.ofNullable(hostFailedAt),
                    operatingSystem);
        }
    }

    /** A software configuration; left out of the document while it is {@link SoftwareConfiguration#NONE}. */
    record StoredSoftware(List<String> packages, List<String> enabledServices, List<String> runningServices,
                          List<StoredFile> files, @Nullable Instant updatedAt) {

        static @Nullable StoredSoftware of(SoftwareConfiguration software) {
            return software.isEmpty() ? null : new StoredSoftware(software.packages(), software.enabledServices(),
                    software.runningServices(), software.files().stream().map(f -> new StoredFile(f.path(), f.content()))
                    .toList(), software.updatedAt().orElse(null));
        }

        static SoftwareConfiguration toSoftware(@Nullable StoredSoftware stored) {
            return stored == null ? SoftwareConfiguration.NONE : new SoftwareConfiguration(stored.packages,
                    stored.enabledServices, stored.runningServices,
                    stored.files.stream().map(f -> new ConfiguredFile(f.path(), f.content())).toList(),
                    Optional.ofNullable(stored.updatedAt));
        }
    }

    record StoredFile(String path, String content) {
    }

    /** Most segments have no reason to tell (a launch, a start): the key is left out then. */
    record StoredSegment(InstanceState state, String instanceType, Instant from, @Nullable Instant until,
                         @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable StoredReason reason) {

        static StoredSegment of(StateSegment segment) {
            return new StoredSegment(segment.state(), segment.instanceType(), segment.from(),
                    segment.until().orElse(null), StateReason.NONE.equals(segment.reason()) ? null
                            : new StoredReason(segment.reason().code(), segment.reason().message(),
                                    segment.reason().transitionReason()));
        }

        StateSegment toSegment() {
            StateReason why = reason == null ? StateReason.NONE
                    : new StateReason(reason.code(), reason.message(), reason.transitionReason());
            return new StateSegment(state, instanceType, from, Optional.ofNullable(until), why);
        }
    }

    record StoredReason(String code, String message, String transitionReason) {
    }

    record StoredMapping(String deviceName, String virtualName, @Nullable StoredEbs ebs) {

        static StoredMapping of(BlockDeviceMapping mapping) {
            return new StoredMapping(mapping.deviceName(), mapping.virtualName(), mapping.ebs().map(StoredEbs::of).orElse(null));
        }

        BlockDeviceMapping toMapping() {
            return new BlockDeviceMapping(deviceName, virtualName, Optional.ofNullable(ebs).map(StoredEbs::toDevice));
        }
    }

    record StoredEbs(String snapshotId, int volumeSize, VolumeType volumeType, boolean deleteOnTermination) {

        static StoredEbs of(EbsBlockDevice ebs) {
            return new StoredEbs(ebs.snapshotId(), ebs.volumeSize(), ebs.volumeType(), ebs.deleteOnTermination());
        }

        EbsBlockDevice toDevice() {
            return new EbsBlockDevice(snapshotId, volumeSize, volumeType, deleteOnTermination);
        }
    }

    record StoredVolume(String id, String region, int sizeGiB, VolumeType volumeType, String snapshotId,
                        Instant createdAt, @Nullable Instant deletedAt, String instanceId, String deviceName,
                        @Nullable Instant detachedAt, boolean deleteOnTermination) {

        static StoredVolume of(Volume v) {
            return new StoredVolume(v.id(), v.region(), v.sizeGiB(), v.volumeType(), v.snapshotId(), v.createdAt(),
                    v.deletedAt().orElse(null), v.instanceId(), v.deviceName(), v.detachedAt().orElse(null),
                    v.deleteOnTermination());
        }

        Volume toVolume() {
            return new Volume(id, region, sizeGiB, volumeType, snapshotId, createdAt, Optional.ofNullable(deletedAt),
                    instanceId, deviceName, Optional.ofNullable(detachedAt), deleteOnTermination);
        }
    }

    record StoredImage(StoredAmi ami, Instant createdAt, Instant availableAt, @Nullable Instant deregisteredAt,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable String madeFrom) {

        static StoredImage of(OwnedAmi image) {
            return new StoredImage(StoredAmi.of(image.ami()), image.createdAt(), image.availableAt(),
                    image.deregisteredAt().orElse(null), image.madeFrom());
        }

        OwnedAmi toImage() {
            return new OwnedAmi(ami.toAmi(), createdAt, availableAt, Optional.ofNullable(deregisteredAt), madeFrom);
        }
    }

    /** An Image Builder recipe version; components as name/version. */
    record StoredRecipe(String region, String name, String version, String parentImageId, List<String> components,
                        int rootVolumeGiB, Instant createdAt) {

        static StoredRecipe of(ImageRecipe recipe) {
            return new StoredRecipe(recipe.region(), recipe.name(), recipe.version().toString(), recipe.parentImageId(),
                    recipe.components().stream().map(ImageRecipe.ComponentRef::toString).toList(), recipe.rootVolumeGiB(),
                    recipe.createdAt());
        }

        ImageRecipe toRecipe() {
            return new ImageRecipe(region, name, SemanticVersion.of(version), parentImageId, components.stream()
                    .map(ImageRecipe.ComponentRef::parse).toList(), rootVolumeGiB, createdAt);
        }
    }

    /** A build component of the learner's own. */
    record StoredComponent(String name, String version, BuilderComponent.Phase phase, Platform platform, String description,
                           List<String> steps) {

        static StoredComponent of(BuilderComponent c) {
            return new StoredComponent(c.name(), c.version().toString(), c.phase(), c.platform(), c.description(), c.steps());
        }

        BuilderComponent toComponent() {
            return new BuilderComponent(name, SemanticVersion.of(version), phase, platform, description, steps);
        }
    }

    /** A VM Import task; the disk's fields flattened, as the simulator's record is not the stored shape. */
    /** An Image Builder pipeline with its distribution settings; no schedule means it runs when asked. */
    record StoredPipeline(String region, String name, String recipe, String instanceType, List<String> regions,
                          List<String> sharedWith, String amiName, @Nullable String schedule, boolean onlyIfChanged,
                          Instant createdAt, Instant scheduledThrough) {

        static StoredPipeline of(ImagePipeline p) {
            return new StoredPipeline(p.region(), p.name(), p.recipe(), p.instanceType(), p.distribution().regions(),
                    p.distribution().sharedWith(), p.distribution().amiName(),
                    p.schedule().map(PipelineSchedule::expression).orElse(null),
                    p.schedule().map(PipelineSchedule::onlyIfChanged).orElse(false), p.createdAt(), p.scheduledThrough());
        }

        ImagePipeline toPipeline() {
            int slash = recipe.lastIndexOf('/');
            return new ImagePipeline(region, name, recipe.substring(0, slash), SemanticVersion.of(recipe.substring(slash + 1)),
                    instanceType, new ImagePipeline.Distribution(regions, sharedWith, amiName),
                    Optional.ofNullable(schedule).map(s -> new PipelineSchedule(s, onlyIfChanged)), createdAt,
                    scheduledThrough);
        }
    }

    /** One line of a build log. */
    record StoredBuildLine(Instant at, BuilderComponent.Phase phase, String component, String command, int exitCode,
                           String output) {
    }

    /** An Image Builder image (one pipeline run) and its planned outputs. */
    record StoredBuild(String region, String pipelineName, String recipeName, String recipeVersion, int buildNumber,
                       ImageBuild.Trigger trigger, Instant startedAt, Instant buildEndsAt, Instant testEndsAt,
                       Instant distributedAt, String instanceType, String buildInstanceId, String testInstanceId,
                       String testVolumeId, String parentImageId, List<String> components, List<StoredBuildLine> log,
                       BuilderComponent.@Nullable Phase failedIn, @Nullable String failure,
                       @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable StoredSoftware configuration,
                       List<StoredAmi> outputs, int phasesWritten) {

        static StoredBuild of(ImageBuild b) {
            return new StoredBuild(b.region(), b.pipelineName(), b.recipeName(), b.recipeVersion().toString(),
                    b.buildNumber(), b.trigger(), b.startedAt(), b.buildEndsAt(), b.testEndsAt(), b.distributedAt(),
                    b.instanceType(), b.buildInstanceId(), b.testInstanceId(), b.testVolumeId(), b.parentImageId(),
                    b.components(), b.log().stream().map(l -> new StoredBuildLine(l.at(), l.phase(), l.component(),
                            l.command(), l.exitCode(), l.output())).toList(),
                    b.failure().map(ImageBuild.Failure::phase).orElse(null),
                    b.failure().map(ImageBuild.Failure::reason).orElse(null), StoredSoftware.of(b.configuration()),
                    b.outputs().stream().map(StoredAmi::of).toList(), b.phasesWritten());
        }

        ImageBuild toBuild() {
            return new ImageBuild(region, pipelineName, recipeName, SemanticVersion.of(recipeVersion), buildNumber, trigger,
                    startedAt, buildEndsAt, testEndsAt, distributedAt, instanceType, buildInstanceId, testInstanceId,
                    testVolumeId, parentImageId, components, log.stream().map(l -> new ImageBuild.LogLine(l.at(),
                            l.phase(), l.component(), l.command(), l.exitCode(), l.output())).toList(),
                    failure == null || failedIn == null ? Optional.empty()
                            : Optional.of(new ImageBuild.Failure(failedIn, failure)),
                    StoredSoftware.toSoftware(configuration), outputs.stream().map(StoredAmi::toAmi).toList(),
                    phasesWritten);
        }
    }

    record StoredImportTask(String id, String ownerId, String region, String description, String format,
                            String operatingSystem, int sizeGiB, Instant startedAt,
                            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String failure, String imageId,
                            String snapshotId, boolean settled) {

        static StoredImportTask of(ImportTask task) {
            return new StoredImportTask(task.id(), task.ownerId(), task.region(), task.description(), task.disk().format(),
                    task.disk().operatingSystem(), task.disk().sizeGiB(), task.startedAt(), task.failure().orElse(null),
                    task.imageId(), task.snapshotId(), task.settled());
        }

        ImportTask toTask() {
            return new ImportTask(id, ownerId, region, description, new DiskImage(format, operatingSystem, sizeGiB),
                    startedAt, Optional.ofNullable(failure), imageId, snapshotId, settled);
        }
    }

    record StoredAmi(String id, String name, String description, String region, AmiSource source, Platform platform,
                     String operatingSystem, Architecture architecture, RootDeviceType rootDeviceType,
                     String rootDeviceName, VirtualizationType virtualizationType, int rootSnapshotSizeGiB,
                     ImageState state, String ownerId, String ownerAlias, boolean verifiedProvider,
                     List<StoredMapping> blockDeviceMappings, StoredPermission launchPermission,
                     BigDecimal softwareHourlyUsd,
                     @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable StoredSoftware software) {

        static StoredAmi of(Ami a) {
            return new StoredAmi(a.id(), a.name(), a.description(), a.region(), a.source(), a.platform(),
                    a.operatingSystem(), a.architecture(), a.rootDeviceType(), a.rootDeviceName(), a.virtualizationType(),
                    a.rootSnapshotSizeGiB(), a.state(), a.ownerId(), a.ownerAlias(), a.verifiedProvider(),
                    a.blockDeviceMappings().stream().map(StoredMapping::of).toList(),
                    new StoredPermission(a.launchPermission().groups(), a.launchPermission().userIds()),
                    a.softwareHourlyUsd(), StoredSoftware.of(a.software()));
        }

        Ami toAmi() {
            return new Ami(id, name, description, region, source, platform, operatingSystem, architecture, rootDeviceType,
                    rootDeviceName, virtualizationType, rootSnapshotSizeGiB, state, ownerId, ownerAlias, verifiedProvider,
                    blockDeviceMappings.stream().map(StoredMapping::toMapping).toList(),
                    new LaunchPermission(launchPermission.groups(), launchPermission.userIds()), softwareHourlyUsd,
                    StoredSoftware.toSoftware(software));
        }
    }

    record StoredPermission(List<String> groups, List<String> userIds) {
    }

    record StoredSnapshot(String id, String region, String volumeId, int sizeGiB, String imageId, Instant createdAt,
                          @Nullable Instant deletedAt) {

        static StoredSnapshot of(Snapshot s) {
            return new StoredSnapshot(s.id(), s.region(), s.volumeId(), s.sizeGiB(), s.imageId(), s.createdAt(),
                    s.deletedAt().orElse(null));
        }

        Snapshot toSnapshot() {
            return new Snapshot(id, region, volumeId, sizeGiB, imageId, createdAt, Optional.ofNullable(deletedAt));
        }
    }

    record StoredBundle(String bucket, String manifest, String region, int sizeGiB, String imageId, Instant createdAt,
                        @Nullable Instant deletedAt) {

        static StoredBundle of(ImageBundle b) {
            return new StoredBundle(b.bucket(), b.manifest(), b.region(), b.sizeGiB(), b.imageId(), b.createdAt(),
                    b.deletedAt().orElse(null));
        }

        ImageBundle toBundle() {
            return new ImageBundle(bucket, manifest, region, sizeGiB, imageId, createdAt, Optional.ofNullable(deletedAt));
        }
    }
}
