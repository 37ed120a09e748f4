package org.amilab.simulator;

import java.util.Optional;

/**
 * Actions run on a new playground before its learner sees it, such as a guided challenge's instances
 * already launched. They go through {@link Playground#execute} like any other, so a setup can never
 * make a playground EC2 would not.
 */
@FunctionalInterface
public interface PlaygroundSetup {

    /** Applies the setup as {@code actor}; EC2's refusal if one of its actions was refused. */
    Optional<Ec2Error> applyTo(Playground playground, Actor actor);

    PlaygroundSetup NONE = (playground, actor) -> Optional.empty();
}
