package org.amilab.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The shell of one running instance, as it answers one command line: bash on Linux, PowerShell on
 * Windows. It knows the few dozen commands a lesson on configuring an instance needs, answers
 * them as the real tools do, and changes the instance's {@link SoftwareConfiguration} only as they
 * would; anything else gets a message saying what it does know.
 */
abstract sealed class Shell permits LinuxShell, WindowsShell {

    /** The longest line the shell takes; a longer one is refused before it runs. */
    static final int MAX_LINE = 1_000;
    /** Lines of history kept per instance, as bash's HISTSIZE would. */
    static final int HISTORY = 100;

    final Instance instance;
    final OperatingSystemSoftware os;
    final SoftwareCatalog catalog;
    final Instant now;

    Shell(Instance instance, OperatingSystemSoftware os, SoftwareCatalog catalog, Instant now) {
        this.instance = instance;
        this.os = os;
        this.catalog = catalog;
        this.now = now;
    }

    static Shell of(Instance instance, OperatingSystemSoftware os, SoftwareCatalog catalog, Instant now) {
        return os.packageManager().isWindows() ? new WindowsShell(instance, os, catalog, now)
                : new LinuxShell(instance, os, catalog, now);
    }

    abstract ShellResult run(String line, SoftwareConfiguration software);

    abstract String prompt();

    abstract String banner();

    /** Whether the line ends the session. */
    static boolean ends(String line) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        return word.equals("exit") || word.equals("logout");
    }

    ShellGreeting greeting() {
        return new ShellGreeting(instance.id(), os.operatingSystem(), os.defaultUser(), banner(), prompt(),
                os.packageManager().isWindows());
    }

    /** The packages installed now: those the system came with and those the learner added. */
    List<String> installed(SoftwareConfiguration software) {
        return java.util.stream.Stream.concat(os.preinstalled().stream(), software.packages().stream()).sorted().toList();
    }

    /** Services of the packages the system came with: always enabled and running, they carry the session. */
    boolean isBaseService(String service) {
        return os.preinstalled().stream().flatMap(name -> catalog.find(os.packageManager(), name).stream())
                .anyMatch(p -> p.service().equalsIgnoreCase(service));
    }

    Optional<SoftwarePackage> serviceOwner(String service, SoftwareConfiguration software) {
        return catalog.providing(os.packageManager(), service, installed(software));
    }

    /** The folders the installed web servers serve pages from; they exist once their package is installed. */
    List<String> installedWebRoots(SoftwareConfiguration software) {
        return software.packages().stream().flatMap(name -> catalog.find(os.packageManager(), name).stream())
                .filter(SoftwarePackage::servesWebPages).map(SoftwarePackage::webRoot).toList();
    }

    /** The file at {@code path} exactly as this system compares paths. */
    abstract Optional<ConfiguredFile> fileAt(String path, SoftwareConfiguration software);

    /** The web page the running web server serves, if one runs. */
    Optional<String> localWebPage(SoftwareConfiguration software, String separator) {
        return serviceOwnerRunning(software).map(server -> fileAt(server.webRoot() + separator + "index.html", software)
                .map(ConfiguredFile::content)
                .orElse("<html><body><h1>Test page of " + server.description() + "</h1>"
                        + "<p>Nothing has been written to " + server.webRoot() + " yet.</p></body></html>\n"));
    }

    private Optional<SoftwarePackage> serviceOwnerRunning(SoftwareConfiguration software) {
        return software.packages().stream().flatMap(name -> catalog.find(os.packageManager(), name).stream())
                .filter(SoftwarePackage::servesWebPages)
                .filter(p -> software.runningServices().stream().anyMatch(p.service()::equalsIgnoreCase))
                .findFirst();
    }

    /** The history lines of this instance, oldest first, numbered from 1 as bash and PowerShell do. */
    String numberedHistory(String format) {
        var out = new StringBuilder();
        List<String> lines = instance.shellHistory();
        for (int i = 0; i < lines.size(); i++) {
            out.append(String.format(Locale.ROOT, format, i + 1, lines.get(i)));
        }
        return out.toString();
    }
}
