package org.amilab.simulator;

/** How one instance's state changed, as EC2 reports it for start, stop and terminate. */
public record StateChange(String instanceId, InstanceState previousState, InstanceState currentState) {

    public boolean changed() {
        return previousState != currentState;
    }
}
