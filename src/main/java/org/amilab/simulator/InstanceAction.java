package org.amilab.simulator;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The actions a learner takes on an existing instance, asked in advance: would EC2 refuse it now,
 * and would it do anything? The playground greys out what would not act and says why.
 */
public enum InstanceAction {
    CONNECT,
    START,
    STOP,
    REBOOT,
    TERMINATE,
    CHANGE_TYPE,
    CREATE_IMAGE,
    BUNDLE_IMAGE,
    /** Not EC2's but a learning control, offered in the instance's details rather than with EC2's actions. */
    FAIL_HOST;

    /** The actions EC2 itself offers on instances, in the order the console lists them. */
    public static List<InstanceAction> ec2Actions() {
        return Arrays.stream(values()).filter(action -> action != FAIL_HOST).toList();
    }

    /** EC2's refusal if the action were taken at {@code now}; empty when EC2 would accept it. */
    public Optional<Ec2Error> refusal(Instance instance, Instant now) {
        ActionResult<Instance> result = tryOn(instance.materialisedAt(now), now);
        return result.isSuccess() ? Optional.empty() : Optional.of(result.error());
    }

    /** True when EC2 would accept the action and it would do something (not an accepted no-op). */
    public boolean acts(Instance instance, Instant now) {
        Instance current = instance.materialisedAt(now);
        ActionResult<Instance> result = tryOn(current, now);
        if (!result.isSuccess()) {
            return false;
        }
        InstanceState state = current.stateAt(now);
        return switch (this) {
            case REBOOT -> state == InstanceState.RUNNING;
            case CHANGE_TYPE -> state == InstanceState.STOPPED;
            case CONNECT, FAIL_HOST -> true;
            case CREATE_IMAGE, BUNDLE_IMAGE -> true;
            default -> !result.value().equals(current);
        };
    }

    private ActionResult<Instance> tryOn(Instance instance, Instant now) {
        return switch (this) {
            case CONNECT -> InstanceRules.checkConnect(instance, now).<ActionResult<Instance>>map(ActionResult::failure)
                    .orElseGet(() -> ActionResult.success(instance));
            case START -> InstanceRules.start(instance, now);
            case STOP -> InstanceRules.stop(instance, now);
            case REBOOT -> InstanceRules.reboot(instance, now);
            case TERMINATE -> InstanceRules.terminate(instance, now);
            case CHANGE_TYPE -> instance.stateAt(now) == InstanceState.STOPPED ? ActionResult.success(instance)
                    : ActionResult.failure(Refusal.TYPE_CHANGE_NOT_STOPPED.error(instance.id(),
                            instance.stateAt(now).apiName()));
            case CREATE_IMAGE -> ImageRules.checkSource(instance, now).<ActionResult<Instance>>map(ActionResult::failure)
                    .orElseGet(() -> ActionResult.success(instance));
            case BUNDLE_IMAGE -> ImageRules.checkBundleSource(instance, now).<ActionResult<Instance>>map(ActionResult::failure)
                    .orElseGet(() -> ActionResult.success(instance));
            case FAIL_HOST -> InstanceRules.failHost(instance, now);
        };
    }
}
