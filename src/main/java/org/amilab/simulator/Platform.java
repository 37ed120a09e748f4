package org.amilab.simulator;

/** The operating system family of an AMI. */
public enum Platform {
    LINUX,
    WINDOWS
}
