package org.amilab.simulator;

/** The two safety catches an instance can carry (EC2's disableApiTermination and disableApiStop). */
public enum Protection {
    TERMINATION,
    STOP
}
