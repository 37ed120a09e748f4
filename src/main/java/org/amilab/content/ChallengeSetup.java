package org.amilab.content;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.amilab.simulator.ActionResult;
import org.amilab.simulator.Actor;
import org.amilab.simulator.Ec2Error;
import org.amilab.simulator.Instance;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.LifecycleDurations;
import org.amilab.simulator.Playground;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.PlaygroundSetup;

/**
 * How a challenge's playground starts: the region its page opens in, and instances already launched
 * and left running or stopped. Each is a real RunInstances (and StopInstances) through the
 * simulator, with the clock moved on until they settle, so the learner finds them as EC2 would
 * have left them.
 */
public record ChallengeSetup(String region, List<Launch> launches) implements PlaygroundSetup {

    /** Long enough for any launch to boot and any stop to finish. */
    static final Duration SETTLE = LifecycleDurations.INSTANCE_STORE_BOOT.plus(LifecycleDurations.STOPPING)
            .plusMinutes(1);

    public ChallengeSetup {
        launches = List.copyOf(launches);
    }

    /** Instances of one AMI and type, with a Name tag, left {@code state} (running or stopped). */
    public record Launch(String imageId, String instanceType, int count, String name, InstanceState state) {
    }

    @Override
    public Optional<Ec2Error> applyTo(Playground playground, Actor actor) {
        for (Launch launch : launches) {
            ActionResult<List<Instance>> launched = playground.execute(actor, new PlaygroundCommand.RunInstances(
                    LaunchRequest.of(region, launch.imageId(), launch.instanceType()).withCount(launch.count())
                            .withName(launch.name())));
            if (!launched.isSuccess()) {
                return Optional.of(launched.error());
            }
        }
        if (launches.isEmpty()) {
            return Optional.empty();
        }
        playground.execute(actor, new PlaygroundCommand.AdvanceClock(SETTLE));
        List<String> toStop = playground.instances().stream()
                .filter(instance -> launches.stream().anyMatch(l -> l.state() == InstanceState.STOPPED
                        && l.name().equals(instance.name())))
                .map(Instance::id).toList();
        if (!toStop.isEmpty()) {
            var stopped = playground.execute(actor, new PlaygroundCommand.StopInstances(toStop));
            if (!stopped.isSuccess()) {
                return Optional.of(stopped.error());
            }
            playground.execute(actor, new PlaygroundCommand.AdvanceClock(SETTLE));
        }
        // written down with the setup, so the learner's timeline starts where the setup left it
        playground.catchUp();
        return Optional.empty();
    }
}
