package org.amilab.playground;

/** Published when a learner threw their playground away; what they do next starts a fresh one. */
public record PlaygroundReset(String username) {
}
