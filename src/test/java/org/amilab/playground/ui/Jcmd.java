package org.amilab.playground.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs a diagnostic command in another JVM with the JDK's {@code jcmd}, as the benchmarks' eyes on their server. */
final class Jcmd {

    private Jcmd() {
    }

    static String run(long pid, String command) throws IOException, InterruptedException {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        Process jcmd = new ProcessBuilder(java.resolveSibling("jcmd").toString(), String.valueOf(pid), command)
                .redirectErrorStream(true).start();
        String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + text);
        }
        return text;
    }
}
