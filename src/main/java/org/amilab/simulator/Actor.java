package org.amilab.simulator;

/** Who did something: a username, or {@link #EC2} for the transitions that happen by themselves. */
public record Actor(String username) {

    /** The simulated service, for pending becoming running and the like; not a valid username. */
    public static final Actor EC2 = new Actor("@ec2");

    public Actor {
        Require.text(username, "username");
    }
}
