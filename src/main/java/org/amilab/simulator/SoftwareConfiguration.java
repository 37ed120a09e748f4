package org.amilab.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a learner changed on an instance beyond what its operating system came with: packages
 * installed, services enabled (they start at every boot) and running now, files written, and when
 * the operating system was last updated. It lives on the root device, so an AMI made from the
 * instance captures it and every instance launched from that AMI boots with it; an instance
 * launched from a published AMI starts with {@link #NONE}.
 */
public record SoftwareConfiguration(List<String> packages, List<String> enabledServices, List<String> runningServices,
                                    List<ConfiguredFile> files, Optional<Instant> updatedAt) {

    /** Enough for any lesson, and it keeps a stored playground small. */
    public static final int MAX_FILES = 30;
    public static final int MAX_FILE_CHARS = 2_000;

    public static final SoftwareConfiguration NONE = new SoftwareConfiguration(List.of(), List.of(), List.of(), List.of(),
            Optional.empty());

    public SoftwareConfiguration {
        packages = sorted(packages);
        enabledServices = sorted(enabledServices);
        runningServices = sorted(runningServices);
        files = Require.listOrEmpty(files).stream().sorted(Comparator.comparing(ConfiguredFile::path)).toList();
        Require.that(files.stream().map(ConfiguredFile::path).distinct().count() == files.size(), "a path is written twice");
        Require.that(files.size() <= MAX_FILES, "more than " + MAX_FILES + " files");
        updatedAt = Require.orNone(updatedAt);
    }

    private static List<String> sorted(List<String> names) {
        return List.copyOf(new TreeSet<>(Require.listOrEmpty(names)));
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public boolean hasPackage(String name) {
        return packages.contains(name);
    }

    public Optional<ConfiguredFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    public SoftwareConfiguration withPackage(String name) {
        return new SoftwareConfiguration(plus(packages, name), enabledServices, runningServices, files, updatedAt);
    }

    /** Removing a package takes its service with it. */
    public SoftwareConfiguration withoutPackage(String name, String service) {
        return new SoftwareConfiguration(minus(packages, name), minus(enabledServices, service),
                minus(runningServices, service), files, updatedAt);
    }

    public SoftwareConfiguration withServiceEnabled(String service, boolean enabled) {
        return new SoftwareConfiguration(packages, enabled ? plus(enabledServices, service) : minus(enabledServices, service),
                runningServices, files, updatedAt);
    }

    public SoftwareConfiguration withServiceRunning(String service, boolean running) {
        return new SoftwareConfiguration(packages, enabledServices,
                running ? plus(runningServices, service) : minus(runningServices, service), files, updatedAt);
    }

    public SoftwareConfiguration withFile(ConfiguredFile file) {
        List<ConfiguredFile> next = new ArrayList<>(files.stream().filter(f -> !f.path().equals(file.path())).toList());
        next.add(file);
        return new SoftwareConfiguration(packages, enabledServices, runningServices, next, updatedAt);
    }

    public SoftwareConfiguration updatedAt(Instant at) {
        return new SoftwareConfiguration(packages, enabledServices, runningServices, files, Optional.of(at));
    }

    /** After a boot only the enabled services run: one started by hand is gone. */
    public SoftwareConfiguration booted() {
        return new SoftwareConfiguration(packages, enabledServices, enabledServices, files, updatedAt);
    }

    /**
     * What an image of the instance keeps: everything on its disk. Services are not running in an
     * image; an instance launched from it boots, and runs what is enabled.
     */
    public SoftwareConfiguration captured() {
        return new SoftwareConfiguration(packages, enabledServices, List.of(), files, updatedAt);
    }

    /** The configuration an image recorded, as the image's own instances have it, for comparing. */
    public boolean sameDiskAs(SoftwareConfiguration other) {
        return captured().equals(other.captured());
    }

    private static List<String> plus(List<String> names, String name) {
        List<String> next = new ArrayList<>(names);
        next.add(name);
        return next;
    }

    private static List<String> minus(List<String> names, String name) {
        return names.stream().filter(n -> !n.equals(name)).toList();
    }
}
