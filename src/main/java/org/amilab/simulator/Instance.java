package org.amilab.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One EC2 instance and its whole history. What the instance inherited from its AMI is copied here
 * at launch, as EC2 does, so the instance keeps working after the AMI is deregistered; so is the
 * software configuration the AMI captured, which the learner may then change in its shell
 * ({@code shellHistory} holds the last lines typed there).
 *
 * <p>The history is a list of contiguous segments. Only the last may be open or transitional, and a
 * transitional last segment already knows when it ends; the state it then settles into is
 * projected on read, so reading the state at any time needs no timer and costs O(segments).
 * {@link #materialisedAt(Instant)} writes that projection down before anything acts on the instance.
 */
public record Instance(
        String id,
        String name,
        String region,
        String imageId,
        Architecture architecture,
        Platform platform,
        RootDeviceType rootDeviceType,
        String rootDeviceName,
        int rootSizeGiB,
        VirtualizationType virtualizationType,
        BigDecimal softwareHourlyUsd,
        List<BlockDeviceMapping> instanceStoreMappings,
        boolean terminationProtection,
        boolean stopProtection,
        List<StateSegment> history,
        SoftwareConfiguration software,
        List<String> shellHistory,
        Optional<Instant> hostFailedAt,
        String operatingSystem) {

    public Instance {
        if (!ResourceIds.wellFormed(ResourceIds.INSTANCE, id)) {
            throw new IllegalArgumentException("malformed instance id " + id);
        }
        name = name == null ? "" : name;
        Require.text(region, "region");
        Require.text(imageId, "imageId");
        Require.present(architecture, "architecture");
        Require.present(platform, "platform");
        Require.present(rootDeviceType, "rootDeviceType");
        Require.text(rootDeviceName, "rootDeviceName");
        Require.positive(rootSizeGiB, "rootSizeGiB");
        Require.present(virtualizationType, "virtualizationType");
        Require.present(softwareHourlyUsd, "softwareHourlyUsd");
        instanceStoreMappings = Require.listOrEmpty(instanceStoreMappings);
        history = List.copyOf(history);
        Require.that(!history.isEmpty(), "an instance has at least one segment");
        checkContiguous(history);
        software = software == null ? SoftwareConfiguration.NONE : software;
        shellHistory = Require.listOrEmpty(shellHistory);
        Require.that(shellHistory.size() <= Shell.HISTORY, "more than " + Shell.HISTORY + " lines of shell history");
        hostFailedAt = Require.orNone(hostFailedAt);
        // a playground stored before instances kept their AMI's operating system has none: see Compute
        operatingSystem = operatingSystem == null ? "" : operatingSystem;
    }

    private static void checkContiguous(List<StateSegment> history) {
        for (int i = 1; i < history.size(); i++) {
            Optional<Instant> end = history.get(i - 1).until();
            Require.that(end.isPresent() && end.get().equals(history.get(i).from()), "history segments must be contiguous");
        }
    }

    public Instant launchedAt() {
        return history.get(0).from();
    }

    public String instanceType() {
        return lastSegment().instanceType();
    }

    public StateSegment lastSegment() {
        return history.get(history.size() - 1);
    }

    public boolean isEbsBacked() {
        return rootDeviceType == RootDeviceType.EBS;
    }

    /** When the last, transitional, segment ends if that is no later than {@code now}. */
    public Optional<Instant> dueTransition(Instant now) {
        StateSegment last = lastSegment();
        return isDue(last, now) ? last.until() : Optional.empty();
    }

    /** This instance with the transition due by {@code now}, if any, written into its history. */
    public Instance materialisedAt(Instant now) {
        return dueTransition(now).isEmpty() ? this : withHistory(historyAt(now));
    }

    /**
     * The history as {@link #materialisedAt(Instant)} would have it, without building and
     * validating a new instance: reads such as cost and state at a time only need the segments.
     */
    public List<StateSegment> historyAt(Instant now) {
        StateSegment last = lastSegment();
        if (!isDue(last, now)) {
            return history;
        }
        List<StateSegment> next = new ArrayList<>(history.size() + 1);
        next.addAll(history);
        next.add(settledAfter(last));
        return next;
    }

    private static boolean isDue(StateSegment last, Instant now) {
        return last.state().isTransitional() && !last.end().isAfter(now);
    }

    private static StateSegment settledAfter(StateSegment transitional) {
        return StateSegment.open(transitional.state().settled(), transitional.instanceType(), transitional.end(),
                transitional.reason());
    }

    public InstanceState stateAt(Instant t) {
        return segmentAt(t).state();
    }

    /** The segment in force at {@code t}, walking back from the most recent one. */
    public StateSegment segmentAt(Instant t) {
        if (t.isBefore(launchedAt())) {
            throw new IllegalArgumentException(id + " did not exist yet at " + t);
        }
        StateSegment last = lastSegment();
        if (isDue(last, t)) {
            return settledAfter(last);
        }
        for (int i = history.size() - 1; i > 0; i--) {
            if (!history.get(i).from().isAfter(t)) {
                return history.get(i);
            }
        }
        return history.get(0);
    }

    public Optional<Instant> terminatedAt(Instant now) {
        StateSegment last = materialisedAt(now).lastSegment();
        return last.state() == InstanceState.TERMINATED ? Optional.of(last.from()) : Optional.empty();
    }

    /** Terminated instances drop out of listings an hour after they terminated. */
    public boolean visibleAt(Instant now) {
        return terminatedAt(now).map(t -> now.isBefore(t.plus(LifecycleDurations.TERMINATED_VISIBLE_FOR))).orElse(true);
    }

    /** Enters {@code state} at {@code at} for {@code reason}; the instance must be materialised at {@code at}. */
    public Instance movedTo(InstanceState state, Instant at, StateReason reason) {
        Optional<Instant> until = state.isTransitional() ? Optional.of(at.plus(LifecycleDurations.of(state, rootDeviceType)))
                : Optional.empty();
        return withNextSegment(new StateSegment(state, instanceType(), at, until, reason), at);
    }

    /** Why the instance is in the state it has at {@code t}, as EC2's StateReason and StateTransitionReason say. */
    public StateReason stateReasonAt(Instant t) {
        return segmentAt(t).reason();
    }

    /** Changes the type at {@code at}; only meaningful while stopped, which the caller checks. */
    public Instance retyped(String newType, Instant at) {
        return withNextSegment(StateSegment.open(lastSegment().state(), newType, at, lastSegment().reason()), at);
    }

    private Instance withNextSegment(StateSegment segment, Instant at) {
        Require.that(dueTransition(at).isEmpty(), id + " must be materialised before it changes");
        List<StateSegment> next = new ArrayList<>(history);
        next.set(next.size() - 1, lastSegment().endingAt(at));
        next.add(segment);
        return withHistory(next);
    }

    private Instance withHistory(List<StateSegment> newHistory) {
        return new Instance(id, name, region, imageId, architecture, platform, rootDeviceType, rootDeviceName, rootSizeGiB,
                virtualizationType, softwareHourlyUsd, instanceStoreMappings, terminationProtection, stopProtection, newHistory,
                software, shellHistory, hostFailedAt, operatingSystem);
    }

    public Instance withProtection(Protection protection, boolean enabled) {
        boolean termination = protection == Protection.TERMINATION ? enabled : terminationProtection;
        boolean stop = protection == Protection.STOP ? enabled : stopProtection;
        return new Instance(id, name, region, imageId, architecture, platform, rootDeviceType, rootDeviceName, rootSizeGiB,
                virtualizationType, softwareHourlyUsd, instanceStoreMappings, termination, stop, history, software,
                shellHistory, hostFailedAt, operatingSystem);
    }

    /** After a line typed into its shell: the software as the line left it, and the line kept in its history. */
    public Instance withShellLine(String line, SoftwareConfiguration after) {
        List<String> lines = new ArrayList<>(shellHistory);
        lines.add(line);
        List<String> kept = lines.subList(Math.max(0, lines.size() - Shell.HISTORY), lines.size());
        return new Instance(id, name, region, imageId, architecture, platform, rootDeviceType, rootDeviceName, rootSizeGiB,
                virtualizationType, softwareHourlyUsd, instanceStoreMappings, terminationProtection, stopProtection, history,
                after, kept, hostFailedAt, operatingSystem);
    }

    /** After a boot (a start or a reboot): only the enabled services run. */
    public Instance booted() {
        return new Instance(id, name, region, imageId, architecture, platform, rootDeviceType, rootDeviceName, rootSizeGiB,
                virtualizationType, softwareHourlyUsd, instanceStoreMappings, terminationProtection, stopProtection, history,
                software.booted(), shellHistory, hostFailedAt, operatingSystem);
    }

    /** The hardware under the running instance fails at {@code at}; the instance stays running, unreachable. */
    public Instance withHostFailure(Instant at) {
        return new Instance(id, name, region, imageId, architecture, platform, rootDeviceType, rootDeviceName, rootSizeGiB,
                virtualizationType, softwareHourlyUsd, instanceStoreMappings, terminationProtection, stopProtection, history,
                software, shellHistory, Optional.of(at), operatingSystem);
    }

    /**
     * Whether the instance runs on failed hardware at {@code t}: from the failure for as long as it
     * stays running there. A reboot keeps it on that host; a stop and start moves it to healthy
     * hardware, which shows in the history as a running segment that began after the failure.
     */
    public boolean impairedAt(Instant t) {
        if (hostFailedAt.isEmpty() || t.isBefore(hostFailedAt.get())) {
            return false;
        }
        StateSegment now = segmentAt(t);
        return now.state() == InstanceState.RUNNING && !now.from().isAfter(hostFailedAt.get());
    }

    /** EC2's two status checks at {@code t}; only a running instance has them. */
    public Optional<StatusChecks> statusChecksAt(Instant t) {
        StateSegment now = segmentAt(t);
        if (now.state() != InstanceState.RUNNING) {
            return Optional.empty();
        }
        if (impairedAt(t)) {
            return Optional.of(StatusChecks.HOST_FAILED);
        }
        return Optional.of(t.isBefore(now.from().plus(LifecycleDurations.STATUS_CHECKS_INITIALIZING))
                ? StatusChecks.INITIALIZING : StatusChecks.PASSED);
    }
}
