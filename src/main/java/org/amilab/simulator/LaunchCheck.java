package org.amilab.simulator;

import java.util.Optional;

/**
 * The launch rules that do not depend on the learner's playground (everything but the quota), so a
 * launch form can tell at once, with EC2's own error, what the launch itself would refuse.
 */
public final class LaunchCheck {

    private LaunchCheck() {
    }

    public static Optional<Ec2Error> problem(Catalog catalog, Ami ami, LaunchRequest request) {
        var planner = new LaunchPlanner(catalog, id -> id.equals(ami.id()) ? Optional.of(ami) : Optional.empty());
        ActionResult<LaunchPlan> plan = planner.plan(request);
        return plan.isSuccess() ? Optional.empty() : Optional.of(plan.error());
    }
}
