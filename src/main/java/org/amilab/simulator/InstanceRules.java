package org.amilab.simulator;

import java.time.Instant;
import java.util.Optional;

/**
 * The lifecycle rules for one instance that has been materialised at {@code now}. Each rule returns
 * the instance as it is after the action; returning it unchanged is how EC2's no-op answers look
 * (stopping a stopped instance, terminating a terminated one).
 */
final class InstanceRules {

    private InstanceRules() {
    }

    /**
     * Connecting reaches the operating system over the network: only a running instance answers,
     * and not one whose hardware has failed.
     */
    static Optional<Ec2Error> checkConnect(Instance instance, Instant now) {
        InstanceState state = instance.stateAt(now);
        if (state != InstanceState.RUNNING) {
            return Optional.of(Refusal.CONNECT_NOT_RUNNING.error(instance.id(), state.apiName()));
        }
        return instance.impairedAt(now) ? Optional.of(Refusal.CONNECT_UNAVAILABLE.error(instance.id()))
                : Optional.empty();
    }

    /** Only hardware under a running instance can be failed, and only once until the instance moves off it. */
    static ActionResult<Instance> failHost(Instance instance, Instant now) {
        InstanceState state = instance.stateAt(now);
        if (state != InstanceState.RUNNING) {
            return ActionResult.failure(Refusal.HOST_FAILURE_NOT_RUNNING.error(instance.id(), state.apiName()));
        }
        return instance.impairedAt(now) ? ActionResult.failure(Refusal.HOST_ALREADY_FAILED.error(instance.id()))
                : ActionResult.success(instance.withHostFailure(now));
    }

    static ActionResult<Instance> start(Instance instance, Instant now) {
        InstanceState state = instance.stateAt(now);
        return switch (state) {
            case STOPPED -> ActionResult.success(instance.movedTo(InstanceState.PENDING, now, StateReason.NONE));
            case PENDING, RUNNING -> ActionResult.success(instance);
            default -> ActionResult.failure(Refusal.START_NOT_POSSIBLE.error(instance.id(), state.apiName()));
        };
    }

    static ActionResult<Instance> stop(Instance instance, Instant now) {
        if (!instance.isEbsBacked()) {
            return ActionResult.failure(Refusal.STOP_INSTANCE_STORE.error(instance.id()));
        }
        InstanceState state = instance.stateAt(now);
        return switch (state) {
            case RUNNING -> instance.stopProtection()
                    ? ActionResult.failure(Refusal.STOP_PROTECTED.error(instance.id()))
                    : ActionResult.success(instance.movedTo(InstanceState.STOPPING, now, StateReason.userInitiated(now)));
            case STOPPING, STOPPED -> ActionResult.success(instance);
            case PENDING -> ActionResult.failure(Refusal.STOP_PENDING.error(instance.id()));
            default -> ActionResult.failure(Refusal.STOP_NOT_POSSIBLE.error(instance.id(), state.apiName()));
        };
    }

    /** A reboot keeps the instance running: no new segment, so no new billing period. */
    static ActionResult<Instance> reboot(Instance instance, Instant now) {
        InstanceState state = instance.stateAt(now);
        return state == InstanceState.RUNNING || state == InstanceState.TERMINATED
                ? ActionResult.success(instance)
                : ActionResult.failure(Refusal.REBOOT_NOT_POSSIBLE.error(instance.id(), state.apiName()));
    }

    static ActionResult<Instance> terminate(Instance instance, Instant now) {
        InstanceState state = instance.stateAt(now);
        if (state == InstanceState.SHUTTING_DOWN || state == InstanceState.TERMINATED) {
            return ActionResult.success(instance);
        }
        return instance.terminationProtection()
                ? ActionResult.failure(Refusal.TERMINATION_PROTECTED.error(instance.id()))
                : ActionResult.success(instance.movedTo(InstanceState.SHUTTING_DOWN, now, StateReason.userInitiated(now)));
    }

    static ActionResult<Instance> changeType(Instance instance, InstanceType newType, Instant now) {
        InstanceState state = instance.stateAt(now);
        if (state != InstanceState.STOPPED) {
            return ActionResult.failure(Refusal.TYPE_CHANGE_NOT_STOPPED.error(instance.id(), state.apiName()));
        }
        if (newType.name().equals(instance.instanceType())) {
            return ActionResult.success(instance);
        }
        return Compatibility.checkInstance(instance, newType).<ActionResult<Instance>>map(ActionResult::failure)
                .orElseGet(() -> ActionResult.success(instance.retyped(newType.name(), now)));
    }

    static ActionResult<Instance> protect(Instance instance, Protection protection, boolean enabled, Instant now) {
        if (instance.stateAt(now) == InstanceState.TERMINATED) {
            return ActionResult.failure(Refusal.INSTANCE_TERMINATED.error(instance.id()));
        }
        if (protection == Protection.STOP && enabled && !instance.isEbsBacked()) {
            return ActionResult.failure(Refusal.STOP_PROTECTION_NOT_SUPPORTED.error(instance.id()));
        }
        return ActionResult.success(instance.withProtection(protection, enabled));
    }
}
