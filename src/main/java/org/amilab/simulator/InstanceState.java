package org.amilab.simulator;

import java.util.Optional;

/** The six instance states with the numeric codes the EC2 API reports. */
public enum InstanceState {
    PENDING(0, "pending"),
    RUNNING(16, "running"),
    SHUTTING_DOWN(32, "shutting-down"),
    TERMINATED(48, "terminated"),
    STOPPING(64, "stopping"),
    STOPPED(80, "stopped");

    private final int code;
    private final String apiName;

    InstanceState(int code, String apiName) {
        this.code = code;
        this.apiName = apiName;
    }

    public int code() {
        return code;
    }

    public String apiName() {
        return apiName;
    }

    /** Transitional states last a while and then move on by themselves. */
    public boolean isTransitional() {
        return settlesInto().isPresent();
    }

    /** The state a transitional state moves on to when its time is up. */
    public Optional<InstanceState> settlesInto() {
        return switch (this) {
            case PENDING -> Optional.of(RUNNING);
            case STOPPING -> Optional.of(STOPPED);
            case SHUTTING_DOWN -> Optional.of(TERMINATED);
            default -> Optional.empty();
        };
    }

    /** The state this one leads to if nobody acts: itself for the stable states. */
    public InstanceState settled() {
        return settlesInto().orElse(this);
    }

    /** Compute is billed only while running (hibernation, which would also bill stopping, is not simulated). */
    public boolean isBilled() {
        return this == RUNNING;
    }
}
