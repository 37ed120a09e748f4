package org.amilab.simulator;

/** What one command line did: what it printed, its exit status, and the software after it. */
record ShellResult(String output, int exitCode, SoftwareConfiguration software) {

    static ShellResult ok(String output, SoftwareConfiguration software) {
        return new ShellResult(output, 0, software);
    }

    static ShellResult failed(String output, int exitCode, SoftwareConfiguration software) {
        return new ShellResult(output, exitCode, software);
    }

    /** This line's output followed by the next one's, with the next one's status and software. */
    ShellResult then(ShellResult next) {
        return new ShellResult(output + next.output, next.exitCode, next.software);
    }
}
