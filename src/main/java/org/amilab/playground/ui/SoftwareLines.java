package org.amilab.playground.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.amilab.simulator.ConfiguredFile;
import org.amilab.simulator.SoftwareConfiguration;

/** A software configuration in a few lines, as the instance details and an AMI's details show it. */
final class SoftwareLines {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private SoftwareLines() {
    }

    /** {@code running} adds what runs now: an instance has that, an image does not. */
    static List<String> of(SoftwareConfiguration software, boolean running) {
        if (software.isEmpty()) {
            return List.of("Nothing installed, enabled or written beyond what the operating system comes with.");
        }
        List<String> lines = new ArrayList<>();
        add(lines, "Installed", software.packages());
        add(lines, "Starts at boot", software.enabledServices());
        if (running) {
            add(lines, "Running now", software.runningServices());
        }
        add(lines, "Files written", software.files().stream().map(ConfiguredFile::path).toList());
        software.updatedAt().ifPresent(at -> lines.add("Operating system updated: " + TIME.format(at) + " (simulated time)"));
        return lines;
    }

    private static void add(List<String> lines, String what, List<String> names) {
        if (!names.isEmpty()) {
            lines.add(what + ": " + String.join(", ", names));
        }
    }
}
