package org.amilab.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One run of an Image Builder pipeline, the "image" Image Builder lists as recipe/version/build
 * (web/1.0.0/2), and its whole life as timestamps: building on the build instance, testing on a
 * test instance launched from the result, distributing to the target regions, then available, or
 * failed at the end of the phase whose step exited with a nonzero status. The shell steps were run
 * when it started (the simulated shell is deterministic), so {@code log} already holds every line
 * with the instant it finishes, and readers show those whose instant has come. The ids of the test
 * instance and of every output are chosen at the start; {@code outputs} are the AMIs distribution
 * registers, one per target region. {@code phasesWritten} counts the phase ends written down.
 */
public record ImageBuild(String region, String pipelineName, String recipeName, SemanticVersion recipeVersion,
                         int buildNumber, Trigger trigger, Instant startedAt, Instant buildEndsAt, Instant testEndsAt,
                         Instant distributedAt, String instanceType, String buildInstanceId, String testInstanceId,
                         String testVolumeId, String parentImageId, List<String> components, List<LogLine> log,
                         Optional<Failure> failure, SoftwareConfiguration configuration, List<Ami> outputs,
                         int phasesWritten) {

    /** Image Builder's image statuses, in the order a run goes through them. */
    public enum Status {
        BUILDING,
        TESTING,
        DISTRIBUTING,
        AVAILABLE,
        FAILED;

        public String apiName() {
            return name();
        }
    }

    /** Who started the run: the learner (StartImagePipelineExecution) or the schedule. */
    public enum Trigger {
        MANUAL,
        SCHEDULED
    }

    /** One step of one component as the build log shows it, finished at {@code at}. */
    public record LogLine(Instant at, BuilderComponent.Phase phase, String component, String command, int exitCode,
                          String output) {

        public LogLine {
            Require.present(at, "at");
            Require.present(phase, "phase");
            Require.text(component, "component");
            Require.text(command, "command");
            output = output == null ? "" : output;
        }
    }

    /** Why the image failed, and in which phase. */
    public record Failure(BuilderComponent.Phase phase, String reason) {

        public Failure {
            Require.present(phase, "phase");
            Require.text(reason, "reason");
        }
    }

    public ImageBuild {
        Require.text(region, "region");
        Require.text(pipelineName, "pipelineName");
        Require.text(recipeName, "recipeName");
        Require.present(recipeVersion, "recipeVersion");
        Require.positive(buildNumber, "buildNumber");
        Require.present(trigger, "trigger");
        Require.that(!buildEndsAt.isBefore(startedAt) && !testEndsAt.isBefore(buildEndsAt)
                && !distributedAt.isBefore(testEndsAt), "an image's phases follow one another");
        Require.that(ResourceIds.wellFormed(ResourceIds.INSTANCE, buildInstanceId), "malformed instance id " + buildInstanceId);
        Require.that(ResourceIds.wellFormed(ResourceIds.INSTANCE, testInstanceId), "malformed instance id " + testInstanceId);
        Require.that(ResourceIds.wellFormed(ResourceIds.VOLUME, testVolumeId), "malformed volume id " + testVolumeId);
        Require.text(parentImageId, "parentImageId");
        components = List.copyOf(components);
        log = List.copyOf(log);
        failure = Require.orNone(failure);
        Require.present(configuration, "configuration");
        outputs = List.copyOf(outputs);
        Require.that(failure.isPresent() == outputs.isEmpty(), "an image that passed has outputs, one that failed none");
        Require.that(phasesWritten >= 0 && phasesWritten <= phasesOf(failure), "phasesWritten out of range");
    }

    /** Image Builder's name for it: recipe name, recipe version, build number. */
    public String reference() {
        return recipeName + "/" + version();
    }

    /** The image version and build number, as 1.0.0/2. */
    public String version() {
        return recipeVersion + "/" + buildNumber;
    }

    public Status statusAt(Instant t) {
        if (t.isBefore(buildEndsAt)) {
            return Status.BUILDING;
        }
        if (failedIn(BuilderComponent.Phase.BUILD)) {
            return Status.FAILED;
        }
        if (t.isBefore(testEndsAt)) {
            return Status.TESTING;
        }
        if (failedIn(BuilderComponent.Phase.TEST)) {
            return Status.FAILED;
        }
        return t.isBefore(distributedAt) ? Status.DISTRIBUTING : Status.AVAILABLE;
    }

    public boolean endedBy(Instant t) {
        return !t.isBefore(endsAt());
    }

    /** When it becomes available or fails. */
    public Instant endsAt() {
        return phaseEnds().get(phaseEnds().size() - 1);
    }

    /** The share of its whole run done by {@code t}, for a progress bar: 100 once it has ended. */
    public int progressAt(Instant t) {
        if (endedBy(t)) {
            return 100;
        }
        long all = Duration.between(startedAt, endsAt()).toMillis();
        return (int) Math.min(99, Duration.between(startedAt, t).toMillis() * 100 / Math.max(1, all));
    }

    /** The lines of the build log finished by {@code t}. */
    public List<LogLine> logAt(Instant t) {
        return log.stream().filter(line -> !line.at().isAfter(t)).toList();
    }

    /** The AMIs it distributed, once available. */
    public List<Ami> outputsAt(Instant t) {
        return statusAt(t) == Status.AVAILABLE ? outputs : List.of();
    }

    private boolean failedIn(BuilderComponent.Phase phase) {
        return failure.filter(f -> f.phase() == phase).isPresent();
    }

    private static int phasesOf(Optional<Failure> failure) {
        return failure.map(f -> f.phase() == BuilderComponent.Phase.BUILD ? 1 : 2).orElse(3);
    }

    /** The instants one phase ends and the next begins, up to the end of the run. */
    List<Instant> phaseEnds() {
        if (failedIn(BuilderComponent.Phase.BUILD)) {
            return List.of(buildEndsAt);
        }
        if (failedIn(BuilderComponent.Phase.TEST)) {
            return List.of(buildEndsAt, testEndsAt);
        }
        return List.of(buildEndsAt, testEndsAt, distributedAt);
    }

    /** The next phase end that has come by {@code now} and is not written down yet. */
    Optional<Instant> dueBy(Instant now) {
        List<Instant> ends = phaseEnds();
        return phasesWritten < ends.size() && !ends.get(phasesWritten).isAfter(now)
                ? Optional.of(ends.get(phasesWritten)) : Optional.empty();
    }

    ImageBuild withPhaseWritten() {
        return new ImageBuild(region, pipelineName, recipeName, recipeVersion, buildNumber, trigger, startedAt, buildEndsAt,
                testEndsAt, distributedAt, instanceType, buildInstanceId, testInstanceId, testVolumeId, parentImageId,
                components, log, failure, configuration, outputs, phasesWritten + 1);
    }

    /** Whether a test instance ran the recipe's test components; a recipe without any is not tested. */
    public boolean tested() {
        return testEndsAt.isAfter(buildEndsAt);
    }

    /** Whether it was built from the same parent image and component versions. */
    boolean sameInputsAs(String otherParent, List<String> otherComponents) {
        return parentImageId.equals(otherParent) && components.equals(otherComponents);
    }
}
