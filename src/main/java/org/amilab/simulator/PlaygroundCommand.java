package org.amilab.simulator;

import java.time.Duration;
import java.util.List;

/**
 * Everything that can be asked of a playground, one value per EC2 action (and per clock control),
 * with {@code T} what a success answers. The playground page sends these today; a workshop, a
 * challenge checker and an EC2-compatible API will send the same values through the same door,
 * {@link Playground#execute}, so a rule can never be skipped by coming in another way.
 */
public sealed interface PlaygroundCommand<T> {

    /** Applies the command's rule as {@code actor}; the one place that knows which rule that is. */
    ActionResult<T> applyTo(Playground playground, Actor actor);

    /** The EC2 action this command is, as its log lines name it. */
    EventType action();

    /** RunInstances. */
    record RunInstances(LaunchRequest request) implements PlaygroundCommand<List<Instance>> {
        public RunInstances {
            Require.present(request, "request");
        }

        @Override
        public EventType action() {
            return EventType.LAUNCH;
        }

        @Override
        public ActionResult<List<Instance>> applyTo(Playground playground, Actor actor) {
            return playground.launch(actor, request);
        }
    }

    /** StartInstances. */
    record StartInstances(List<String> instanceIds) implements PlaygroundCommand<List<StateChange>> {
        public StartInstances {
            instanceIds = List.copyOf(instanceIds);
        }

        public static StartInstances of(String... instanceIds) {
            return new StartInstances(List.of(instanceIds));
        }

        @Override
        public EventType action() {
            return EventType.START;
        }

        @Override
        public ActionResult<List<StateChange>> applyTo(Playground playground, Actor actor) {
            return playground.start(actor, instanceIds.toArray(String[]::new));
        }
    }

    /** StopInstances. */
    record StopInstances(List<String> instanceIds) implements PlaygroundCommand<List<StateChange>> {
        public StopInstances {
            instanceIds = List.copyOf(instanceIds);
        }

        public static StopInstances of(String... instanceIds) {
            return new StopInstances(List.of(instanceIds));
        }

        @Override
        public EventType action() {
            return EventType.STOP;
        }

        @Override
        public ActionResult<List<StateChange>> applyTo(Playground playground, Actor actor) {
            return playground.stop(actor, instanceIds.toArray(String[]::new));
        }
    }

    /** RebootInstances. */
    record RebootInstances(List<String> instanceIds) implements PlaygroundCommand<List<StateChange>> {
        public RebootInstances {
            instanceIds = List.copyOf(instanceIds);
        }

        public static RebootInstances of(String... instanceIds) {
            return new RebootInstances(List.of(instanceIds));
        }

        @Override
        public EventType action() {
            return EventType.REBOOT;
        }

        @Override
        public ActionResult<List<StateChange>> applyTo(Playground playground, Actor actor) {
            return playground.reboot(actor, instanceIds.toArray(String[]::new));
        }
    }

    /** A line typed into a running instance's shell, after connecting with EC2 Instance Connect. */
    record RunShellCommand(String instanceId, String commandLine) implements PlaygroundCommand<ShellOutput> {
        public RunShellCommand {
            Require.present(instanceId, "instanceId");
            Require.present(commandLine, "commandLine");
        }

        @Override
        public EventType action() {
            return EventType.RUN_SHELL_COMMAND;
        }

        @Override
        public ActionResult<ShellOutput> applyTo(Playground playground, Actor actor) {
            return playground.runShellCommand(actor, instanceId, commandLine);
        }
    }

    /** CreateImageRecipe (EC2 Image Builder). */
    record CreateImageRecipe(ImageRecipeRequest request) implements PlaygroundCommand<ImageRecipe> {
        public CreateImageRecipe {
            Require.present(request, "request");
        }

        @Override
        public EventType action() {
            return EventType.CREATE_IMAGE_RECIPE;
        }

        @Override
        public ActionResult<ImageRecipe> applyTo(Playground playground, Actor actor) {
            return playground.createImageRecipe(actor, request);
        }
    }

    /** CreateComponent (EC2 Image Builder): a build component of the learner's own. */
    record CreateComponent(ComponentRequest request) implements PlaygroundCommand<BuilderComponent> {
        public CreateComponent {
            Require.present(request, "request");
        }

        @Override
        public EventType action() {
            return EventType.CREATE_COMPONENT;
        }

        @Override
        public ActionResult<BuilderComponent> applyTo(Playground playground, Actor actor) {
            return playground.createComponent(actor, request);
        }
    }

    /** CreateImagePipeline (EC2 Image Builder), with its infrastructure and distribution settings. */
    record CreateImagePipeline(ImagePipelineRequest request) implements PlaygroundCommand<ImagePipeline> {
        public CreateImagePipeline {
            Require.present(request, "request");
        }

        @Override
        public EventType action() {
            return EventType.CREATE_IMAGE_PIPELINE;
        }

        @Override
        public ActionResult<ImagePipeline> applyTo(Playground playground, Actor actor) {
            return playground.createImagePipeline(actor, request);
        }
    }

    /** UpdateImagePipeline: the pipeline named in the request gets every other setting of it. */
    record UpdateImagePipeline(ImagePipelineRequest request) implements PlaygroundCommand<ImagePipeline> {
        public UpdateImagePipeline {
            Require.present(request, "request");
        }

        @Override
        public EventType action() {
            return EventType.UPDATE_IMAGE_PIPELINE;
        }

        @Override
        public ActionResult<ImagePipeline> applyTo(Playground playground, Actor actor) {
            return playground.updateImagePipeline(actor, request);
        }
    }

    /** StartImagePipelineExecution: one run of the pipeline, now. */
    record StartImagePipelineExecution(String region, String pipelineName) implements PlaygroundCommand<ImageBuild> {
        public StartImagePipelineExecution {
            Require.present(region, "region");
            Require.present(pipelineName, "pipelineName");
        }

        @Override
        public EventType action() {
            return EventType.START_IMAGE_PIPELINE_EXECUTION;
        }

        @Override
        public ActionResult<ImageBuild> applyTo(Playground playground, Actor actor) {
            return playground.startImagePipelineExecution(actor, region, pipelineName);
        }
    }

    /** EnableImageBlockPublicAccess ({@code blocked}) or DisableImageBlockPublicAccess, in one region. */
    record SetImageBlockPublicAccess(String region, boolean blocked) implements PlaygroundCommand<String> {
        public SetImageBlockPublicAccess {
            Require.present(region, "region");
        }

        @Override
        public EventType action() {
            return EventType.SET_IMAGE_BLOCK_PUBLIC_ACCESS;
        }

        @Override
        public ActionResult<String> applyTo(Playground playground, Actor actor) {
            return playground.setImageBlockPublicAccess(actor, region, blocked);
        }
    }

    /** ImportImage (VM Import/Export): a virtual machine's disk, to become an AMI of the region. */
    record ImportImage(String region, String description, DiskImage disk) implements PlaygroundCommand<ImportTask> {
        public ImportImage {
            Require.present(region, "region");
            description = description == null ? "" : description;
            Require.present(disk, "disk");
        }

        @Override
        public EventType action() {
            return EventType.IMPORT_IMAGE;
        }

        @Override
        public ActionResult<ImportTask> applyTo(Playground playground, Actor actor) {
            return playground.importImage(actor, region, description, disk);
        }
    }

    /** A simulated hardware failure under a running instance, to practise recovering it. */
    record FailHost(String instanceId) implements PlaygroundCommand<Instance> {
        public FailHost {
            Require.present(instanceId, "instanceId");
        }

        @Override
        public EventType action() {
            return EventType.FAIL_HOST;
        }

        @Override
        public ActionResult<Instance> applyTo(Playground playground, Actor actor) {
            return playground.failHost(actor, instanceId);
        }
    }

    /** TerminateInstances. */
    record TerminateInstances(List<String> instanceIds) implements PlaygroundCommand<List<StateChange>> {
        public TerminateInstances {
            instanceIds = List.copyOf(instanceIds);
        }

        public static TerminateInstances of(String... instanceIds) {
            return new TerminateInstances(List.of(instanceIds));
        }

        @Override
        public EventType action() {
            return EventType.TERMINATE;
        }

        @Override
        public ActionResult<List<StateChange>> applyTo(Playground playground, Actor actor) {
            return playground.terminate(actor, instanceIds.toArray(String[]::new));
        }
    }

    /** ModifyInstanceAttribute with a new instance type. */
    record ModifyInstanceType(String instanceId, String newType) implements PlaygroundCommand<Instance> {
        @Override
        public EventType action() {
            return EventType.MODIFY_INSTANCE_TYPE;
        }

        @Override
        public ActionResult<Instance> applyTo(Playground playground, Actor actor) {
            return playground.modifyInstanceType(actor, instanceId, newType);
        }
    }

    /** ModifyInstanceAttribute with disableApiTermination or disableApiStop. */
    record SetProtection(String instanceId, Protection protection, boolean enabled) implements PlaygroundCommand<Instance> {
        public SetProtection {
            Require.present(protection, "protection");
        }

        @Override
        public EventType action() {
            return EventType.SET_PROTECTION;
        }

        @Override
        public ActionResult<Instance> applyTo(Playground playground, Actor actor) {
            return playground.setProtection(actor, instanceId, protection, enabled);
        }
    }

    /** CreateImage, from an EBS-backed instance. */
    record CreateImage(CreateImageRequest request) implements PlaygroundCommand<Ami> {
        public CreateImage {
            Require.present(request, "request");
        }

        @Override
        public EventType action() {
            return EventType.CREATE_IMAGE;
        }

        @Override
        public ActionResult<Ami> applyTo(Playground playground, Actor actor) {
            return playground.createImage(actor, request);
        }
    }

    /** BundleInstance and RegisterImage, from an instance store-backed instance. */
    record BundleInstance(BundleInstanceRequest request) implements PlaygroundCommand<Ami> {
        public BundleInstance {
            Require.present(request, "request");
        }

        @Override
        public EventType action() {
            return EventType.BUNDLE_INSTANCE;
        }

        @Override
        public ActionResult<Ami> applyTo(Playground playground, Actor actor) {
            return playground.bundleInstance(actor, request);
        }
    }

    /** CopyImage, to another region. */
    record CopyImage(CopyImageRequest request) implements PlaygroundCommand<Ami> {
        public CopyImage {
            Require.present(request, "request");
        }

        @Override
        public EventType action() {
            return EventType.COPY_IMAGE;
        }

        @Override
        public ActionResult<Ami> applyTo(Playground playground, Actor actor) {
            return playground.copyImage(actor, request);
        }
    }

    /** DeregisterImage. */
    record DeregisterImage(String imageId) implements PlaygroundCommand<Ami> {
        @Override
        public EventType action() {
            return EventType.DEREGISTER_IMAGE;
        }

        @Override
        public ActionResult<Ami> applyTo(Playground playground, Actor actor) {
            return playground.deregisterImage(actor, imageId);
        }
    }

    /** ModifyImageAttribute with launch permissions. */
    record ModifyLaunchPermission(String imageId, LaunchPermissionChange change) implements PlaygroundCommand<Ami> {
        public ModifyLaunchPermission {
            Require.present(change, "change");
        }

        @Override
        public EventType action() {
            return EventType.MODIFY_LAUNCH_PERMISSION;
        }

        @Override
        public ActionResult<Ami> applyTo(Playground playground, Actor actor) {
            return playground.modifyLaunchPermission(actor, imageId, change);
        }
    }

    /** DeleteSnapshot. */
    record DeleteSnapshot(String snapshotId) implements PlaygroundCommand<Snapshot> {
        @Override
        public EventType action() {
            return EventType.DELETE_SNAPSHOT;
        }

        @Override
        public ActionResult<Snapshot> applyTo(Playground playground, Actor actor) {
            return playground.deleteSnapshot(actor, snapshotId);
        }
    }

    /** Deleting an instance store AMI's bundle from S3, named by its manifest's location. */
    record DeleteBundle(String location) implements PlaygroundCommand<ImageBundle> {
        @Override
        public EventType action() {
            return EventType.DELETE_BUNDLE;
        }

        @Override
        public ActionResult<ImageBundle> applyTo(Playground playground, Actor actor) {
            return playground.deleteBundle(actor, location);
        }
    }

    /** DeleteVolume. */
    record DeleteVolume(String volumeId) implements PlaygroundCommand<Volume> {
        @Override
        public EventType action() {
            return EventType.DELETE_VOLUME;
        }

        @Override
        public ActionResult<Volume> applyTo(Playground playground, Actor actor) {
            return playground.deleteVolume(actor, volumeId);
        }
    }

    /** Moves simulated time on at once by {@code step}. */
    record AdvanceClock(Duration step) implements PlaygroundCommand<SimulatedClock> {
        public AdvanceClock {
            Require.present(step, "step");
        }

        @Override
        public EventType action() {
            return EventType.ADVANCE_CLOCK;
        }

        @Override
        public ActionResult<SimulatedClock> applyTo(Playground playground, Actor actor) {
            return playground.advanceClock(actor, step);
        }
    }

    /** Runs simulated time at {@code speed} times real time. */
    record SetClockSpeed(int speed) implements PlaygroundCommand<SimulatedClock> {
        @Override
        public EventType action() {
            return EventType.SET_SPEED;
        }

        @Override
        public ActionResult<SimulatedClock> applyTo(Playground playground, Actor actor) {
            return playground.setSpeed(actor, speed);
        }
    }

    /** Holds simulated time still. */
    record PauseClock() implements PlaygroundCommand<SimulatedClock> {
        @Override
        public EventType action() {
            return EventType.PAUSE;
        }

        @Override
        public ActionResult<SimulatedClock> applyTo(Playground playground, Actor actor) {
            return playground.pause(actor);
        }
    }

    /** Lets simulated time run again. */
    record ResumeClock() implements PlaygroundCommand<SimulatedClock> {
        @Override
        public EventType action() {
            return EventType.RESUME;
        }

        @Override
        public ActionResult<SimulatedClock> applyTo(Playground playground, Actor actor) {
            return playground.resume(actor);
        }
    }
}
