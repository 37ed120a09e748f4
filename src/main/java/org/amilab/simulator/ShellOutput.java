package org.amilab.simulator;

/**
 * The answer to one command line typed into an instance's shell: what it printed (lines end in
 * {@code \n}), its exit status as {@code $?} would show it, the prompt for the next line, and
 * whether the line ended the session ({@code exit}).
 */
public record ShellOutput(String instanceId, String commandLine, String output, int exitCode, String prompt,
                          boolean sessionEnded) {

    public ShellOutput {
        Require.text(instanceId, "instanceId");
        Require.present(commandLine, "commandLine");
        Require.present(output, "output");
        Require.text(prompt, "prompt");
    }
}
