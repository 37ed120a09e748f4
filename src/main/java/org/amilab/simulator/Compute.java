package org.amilab.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** Instances and the volumes they launch with: launch, state changes, type and protection. */
final class Compute {

    private final Resources resources;
    private final EventLog log;
    private final ResourceIds ids;
    private final Catalog catalog;
    private final LaunchPlanner planner;
    private final PlaygroundSettings settings;

    /** Whether the playground's budget lets a launch go ahead: a refusal when it would pass the budget. */
    interface Budget {
        Optional<Ec2Error> allows(LaunchPlan plan, LaunchRequest request);
    }

    private final Budget budget;

    Compute(Resources resources, EventLog log, ResourceIds ids, Catalog catalog, LaunchPlanner planner,
            PlaygroundSettings settings, Budget budget) {
        this.budget = budget;
        this.resources = resources;
        this.log = log;
        this.ids = ids;
        this.catalog = catalog;
        this.planner = planner;
        this.settings = settings;
    }

    ActionResult<List<Instance>> launch(Actor actor, LaunchRequest request, Instant now) {
        ActionResult<LaunchPlan> plan = planner.plan(request).flatMap(p -> withinQuota(p, request.count(), now))
                .flatMap(p -> budget.allows(p, request).<ActionResult<LaunchPlan>>map(ActionResult::failure)
                        .orElseGet(() -> ActionResult.success(p)));
        String target = request.imageId().isBlank() ? EventDetail.NO_TARGET : request.imageId();
        if (!plan.isSuccess()) {
            return log.refuse(actor, EventType.LAUNCH, List.of(target), now, plan.error());
        }
        List<Instance> launched = new ArrayList<>();
        for (int n = 0; n < request.count(); n++) {
            Instance instance = createInstance(plan.value(), request, now);
            launched.add(instance);
            log.log(actor, now, new EventDetail.InstanceLaunched(instance.id(), instance.imageId(), instance.instanceType(),
                    instance.region(), instance.rootDeviceType(), instance.rootSizeGiB()));
        }
        return ActionResult.success(List.copyOf(launched));
    }

    ActionResult<Instance> modifyInstanceType(Actor actor, String instanceId, String newType, Instant now) {
        Optional<String> before = Optional.ofNullable(resources.instances.get(instanceId)).map(Instance::instanceType);
        ActionResult<Instance> result = resources.findInstance(instanceId, now)
                .flatMap(found -> catalog.instanceType(newType)
                        .map(type -> InstanceRules.changeType(found, type, now))
                        .orElseGet(() -> ActionResult.failure(Refusal.UNKNOWN_INSTANCE_TYPE.error(newType))))
                .map(this::store);
        return log.record(actor, EventType.MODIFY_INSTANCE_TYPE, instanceId, now, result,
                i -> new EventDetail.InstanceTypeChanged(i.id(), before.orElseThrow(), i.instanceType()));
    }

    ActionResult<Instance> setProtection(Actor actor, String instanceId, Protection protection, boolean enabled,
                                         Instant now) {
        ActionResult<Instance> result = resources.findInstance(instanceId, now)
                .flatMap(found -> InstanceRules.protect(found, protection, enabled, now))
                .map(this::store);
        return log.record(actor, EventType.SET_PROTECTION, instanceId, now, result,
                i -> new EventDetail.ProtectionChanged(i.id(), protection, enabled));
    }

    /**
     * Breaks the hardware under a running instance, as the host failures the Fault Injection
     * Service rehearses: a learning control, so that recovering from an AMI can be practised.
     */
    ActionResult<Instance> failHost(Actor actor, String instanceId, Instant now) {
        ActionResult<Instance> result = resources.findInstance(instanceId, now)
                .flatMap(found -> InstanceRules.failHost(found, now))
                .map(this::store);
        return log.record(actor, EventType.FAIL_HOST, instanceId, now, result, i -> new EventDetail.HostFailed(i.id()));
    }

    /**
     * Runs one line in a running instance's shell: one event, whatever the line does, so that a
     * checker sees every command. Connecting to an instance that is not running is refused as EC2
     * Instance Connect refuses it.
     */
    ActionResult<ShellOutput> runShellCommand(Actor actor, String instanceId, String line, Instant now) {
        ActionResult<ShellOutput> result = connect(instanceId, now).flatMap(found -> {
            if (line.length() > Shell.MAX_LINE) {
                return ActionResult.failure(Refusal.SHELL_LINE_TOO_LONG.error(line.length(), Shell.MAX_LINE));
            }
            Shell shell = shellOf(found, now);
            String typed = line.strip();
            if (Shell.ends(typed)) {
                store(found.withShellLine(typed, found.software()));
                return ActionResult.success(new ShellOutput(found.id(), typed, "logout\n", 0, shell.prompt(), true));
            }
            if (typed.isEmpty()) {
                return ActionResult.success(new ShellOutput(found.id(), typed, "", 0, shell.prompt(), false));
            }
            // the line is in the history it can show, as bash's history shows itself
            Instance withLine = found.withShellLine(typed, found.software());
            ShellResult ran = Shell.of(withLine, shell.os, shell.catalog, now).run(typed, found.software());
            store(found.withShellLine(typed, ran.software()));
            return ActionResult.success(new ShellOutput(found.id(), typed, ran.output(), ran.exitCode(), shell.prompt(),
                    false));
        });
        return log.record(actor, EventType.RUN_SHELL_COMMAND, instanceId, now, result,
                out -> new EventDetail.ShellCommandRan(out.instanceId(), out.commandLine(), out.exitCode()));
    }

    /** What connecting to the instance shows, or EC2 Instance Connect's refusal; changes nothing. */
    ActionResult<ShellGreeting> greeting(String instanceId, Instant now) {
        return connect(instanceId, now).map(found -> shellOf(found, now).greeting());
    }

    private ActionResult<Instance> connect(String instanceId, Instant now) {
        return resources.findInstance(instanceId, now).flatMap(found -> InstanceRules.checkConnect(found, now)
                .<ActionResult<Instance>>map(ActionResult::failure).orElseGet(() -> ActionResult.success(found)));
    }

    private Shell shellOf(Instance instance, Instant now) {
        SoftwareCatalog software = catalog.software();
        OperatingSystemSoftware os = software.of(operatingSystemOf(instance))
                .orElseThrow(() -> new IllegalStateException(instance.id() + " runs an operating system the catalog lost"));
        return Shell.of(instance, os, software, now);
    }

    private String operatingSystemOf(Instance instance) {
        if (!instance.operatingSystem().isEmpty()) {
            return instance.operatingSystem();
        }
        return catalog.ami(instance.imageId()).map(Ami::operatingSystem)
                .or(() -> Optional.ofNullable(resources.images.get(instance.imageId())).map(o -> o.ami().operatingSystem()))
                .orElseThrow(() -> new IllegalStateException(instance.id() + " was launched from an unknown AMI"));
    }

    private Instance store(Instance instance) {
        resources.instances.put(instance.id(), instance);
        return instance;
    }

    /** Start, stop, reboot or terminate by {@code rule}: all or nothing, one line per instance. */
    ActionResult<List<StateChange>> changeStates(Actor actor, EventType type, String[] instanceIds,
                                                 BiFunction<Instance, Instant, ActionResult<Instance>> rule, Instant now) {
        ActionResult<List<Instance>> changed = resources.findInstances(instanceIds, now)
                .flatMap(found -> applyToAll(found, now, rule));
        if (!changed.isSuccess()) {
            List<String> targets = instanceIds.length == 0 ? List.of(EventDetail.NO_TARGET) : Arrays.asList(instanceIds);
            return log.refuse(actor, type, targets, now, changed.error());
        }
        List<StateChange> changes = new ArrayList<>();
        for (Instance changedOne : changed.value()) {
            StateChange change = new StateChange(changedOne.id(), resources.instances.get(changedOne.id()).stateAt(now),
                    changedOne.stateAt(now));
            // a boot runs what is enabled, and nothing started by hand survives it
            boolean boots = type == EventType.REBOOT || type == EventType.START && change.changed();
            Instance next = boots ? changedOne.booted() : changedOne;
            apply(next, change);
            changes.add(change);
            log.log(actor, now, type == EventType.REBOOT
                    ? new EventDetail.InstanceRebooted(next.id(), change.currentState() == InstanceState.RUNNING)
                    : new EventDetail.InstanceStateChanged(type, next.id(), change.previousState(), change.currentState(),
                            next.stateReasonAt(now)));
        }
        return ActionResult.success(List.copyOf(changes));
    }

    /** All or nothing: if one instance refuses, none of the named instances changes. */
    private static ActionResult<List<Instance>> applyToAll(List<Instance> found, Instant now,
                                                           BiFunction<Instance, Instant, ActionResult<Instance>> rule) {
        List<Instance> next = new ArrayList<>();
        for (Instance instance : found) {
            ActionResult<Instance> result = rule.apply(instance, now);
            if (!result.isSuccess()) {
                return ActionResult.failure(result.error());
            }
            next.add(result.value());
        }
        return ActionResult.success(next);
    }

    private void apply(Instance next, StateChange change) {
        resources.instances.put(next.id(), next);
        if (change.changed() && change.currentState() == InstanceState.SHUTTING_DOWN) {
            resources.volumesFollowTermination(next);
        }
    }

    private ActionResult<LaunchPlan> withinQuota(LaunchPlan plan, int count, Instant now) {
        long live = resources.instances.values().stream().filter(i -> i.stateAt(now) != InstanceState.TERMINATED).count();
        int limit = settings.instanceQuota();
        return live + count > limit
                ? ActionResult.failure(Refusal.INSTANCE_LIMIT_EXCEEDED.error(live + count, limit))
                : ActionResult.success(plan);
    }

    private Instance createInstance(LaunchPlan plan, LaunchRequest request, Instant now) {
        Ami ami = plan.ami();
        String instanceId = ids.next(ResourceIds.INSTANCE, resources.instances::containsKey);
        plan.rootVolume().ifPresent(root -> addVolume(root, instanceId, ami.rootDeviceName(), ami.region(), now));
        plan.ebsMappings().forEach(m -> addVolume(m.ebsVolume(), instanceId, m.deviceName(), ami.region(), now));
        StateSegment booting = new StateSegment(InstanceState.PENDING, plan.type().name(), now,
                Optional.of(now.plus(LifecycleDurations.boot(ami.rootDeviceType()))), StateReason.NONE);
        Instance instance = new Instance(instanceId, request.name(), ami.region(), ami.id(), ami.architecture(), ami.platform(),
                ami.rootDeviceType(), ami.rootDeviceName(), plan.rootSizeGiB(), ami.virtualizationType(),
                ami.softwareHourlyUsd(), plan.instanceStoreMappings(), request.terminationProtection(), request.stopProtection(),
                List.of(booting), ami.software().booted(), List.of(), Optional.empty(), ami.operatingSystem());
        resources.instances.put(instanceId, instance);
        return instance;
    }

    private void addVolume(EbsBlockDevice ebs, String instanceId, String device, String region, Instant now) {
        String volumeId = ids.next(ResourceIds.VOLUME, resources.volumes::containsKey);
        resources.volumes.put(volumeId, Volume.attachedAtLaunch(volumeId, region, ebs, instanceId, device, now));
    }
}
