package org.amilab.simulator;

/** What a learner sees on connecting to a running instance: who they are there, and the first prompt. */
public record ShellGreeting(String instanceId, String operatingSystem, String user, String banner, String prompt,
                            boolean windows) {
}
