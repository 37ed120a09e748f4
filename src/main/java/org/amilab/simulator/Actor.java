package org.amilab.simulator;

/**
 * Who did something: a username, {@link #EC2} for the transitions that happen by themselves, or
 * {@link #SETUP} for what a guided challenge prepared before the learner came in.
 */
public record Actor(String username) {

    /** The simulated service, for pending becoming running and the like; not a valid username. */
    public static final Actor EC2 = new Actor("@ec2");
    /** The preparation of a playground for a guided challenge; not a valid username either. */
    public static final Actor SETUP = new Actor("@setup");

    public Actor {
        Require.text(username, "username");
    }
}
