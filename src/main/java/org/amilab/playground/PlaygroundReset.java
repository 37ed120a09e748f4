package org.amilab.playground;

/** Published when a learner threw a playground away; what they do next there starts a fresh one. */
public record PlaygroundReset(String owner, long ownerId, PlaygroundRef playground) {
}
