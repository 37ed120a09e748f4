package org.amilab.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * apt and apt-get of Debian and Ubuntu, as the simulated shell runs them. As on Debian, installing
 * a package with a service enables and starts that service at once.
 */
final class Apt {

    private static final String NOT_ROOT = "E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission "
            + "denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n";
    private static final int APT_FAILED = 100;

    private final LinuxShell shell;
    private final String command;
    private final boolean sudo;

    Apt(LinuxShell shell, String command, boolean sudo) {
        this.shell = shell;
        this.command = command;
        this.sudo = sudo;
    }

    ShellResult run(List<String> args, SoftwareConfiguration software) {
        List<String> words = args.stream().filter(a -> !a.startsWith("-")).toList();
        boolean yes = args.contains("-y") || args.contains("--yes");
        if (words.isEmpty()) {
            return ShellResult.failed("usage: " + command + " install|remove|update|upgrade|list ... (type help)\n", 1,
                    software);
        }
        List<String> names = words.subList(1, words.size());
        switch (words.get(0)) {
            case "list":
                return list(args.contains("--installed"), software);
            case "update":
                return sudo ? ShellResult.ok("Reading package lists... Done\n", software)
                        : ShellResult.failed("E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission "
                                + "denied)\n", APT_FAILED, software);
            case "upgrade":
                return changing(yes, software, () -> ShellResult.ok("Reading package lists... Done\nCalculating upgrade... "
                        + "Done\nEvery installed package is now at its newest release.\n", software.updatedAt(shell.now)));
            case "install":
                return changing(yes, software, () -> install(names, software));
            case "remove":
            case "purge":
                return changing(yes, software, () -> remove(names, software));
            default:
                return ShellResult.failed("E: Invalid operation " + words.get(0) + "\n", 1, software);
        }
    }

    private ShellResult changing(boolean yes, SoftwareConfiguration software, Supplier<ShellResult> change) {
        return shell.changingPackages(sudo ? Optional.empty()
                : Optional.of(ShellResult.failed(NOT_ROOT, APT_FAILED, software)), yes,
                "Do you want to continue? [Y/n] Abort.\n", software, change);
    }

    private ShellResult install(List<String> names, SoftwareConfiguration software) {
        var out = new StringBuilder("Reading package lists... Done\nBuilding dependency tree... Done\n");
        for (String name : names) {
            if (shell.catalog.find(shell.os.packageManager(), name).isEmpty()) {
                return ShellResult.failed(out + "E: Unable to locate package " + name + "\n(Type apt list to see what the "
                        + "repositories offer.)\n", APT_FAILED, software);
            }
        }
        List<String> installed = shell.installed(software);
        List<String> fresh = names.stream().distinct().filter(n -> !installed.contains(n)).toList();
        names.stream().distinct().filter(installed::contains)
                .forEach(n -> out.append(n).append(" is already the newest version.\n"));
        if (fresh.isEmpty()) {
            return ShellResult.ok(out + "0 upgraded, 0 newly installed, 0 to remove.\n", software);
        }
        out.append("The following NEW packages will be installed:\n  ").append(String.join(" ", fresh)).append('\n');
        SoftwareConfiguration next = software;
        for (String name : fresh) {
            next = next.withPackage(name);
            out.append("Setting up ").append(name).append(" ...\n");
            SoftwarePackage p = shell.catalog.find(shell.os.packageManager(), name).orElseThrow();
            if (p.hasService()) {
                next = next.withServiceEnabled(p.service(), true).withServiceRunning(p.service(), true);
                out.append("Created symlink /etc/systemd/system/multi-user.target.wants/").append(p.service())
                        .append(".service → /lib/systemd/system/").append(p.service()).append(".service.\n");
            }
        }
        return ShellResult.ok(out.toString(), next);
    }

    private ShellResult remove(List<String> names, SoftwareConfiguration software) {
        var out = new StringBuilder("Reading package lists... Done\n");
        SoftwareConfiguration next = software;
        List<String> removed = new ArrayList<>();
        for (String name : names) {
            if (shell.os.preinstalled().contains(name)) {
                return shell.keepsPreinstalled(out + "E: ", name, APT_FAILED, software);
            }
            if (!software.hasPackage(name)) {
                out.append("Package '").append(name).append("' is not installed, so not removed\n");
                continue;
            }
            String service = shell.catalog.find(shell.os.packageManager(), name).map(SoftwarePackage::service).orElse("");
            next = next.withoutPackage(name, service);
            removed.add(name);
            out.append("Removing ").append(name).append(" ...\n");
        }
        return ShellResult.ok(out.toString(), next);
    }

    private ShellResult list(boolean installedOnly, SoftwareConfiguration software) {
        List<String> installed = shell.installed(software);
        var out = new StringBuilder("Listing... Done\n");
        if (installedOnly) {
            installed.forEach(n -> out.append(n).append("/now [installed]\n"));
        } else {
            shell.available().forEach(p -> out.append(String.format("%-32s %s%s%n", p.name(), p.description(),
                    installed.contains(p.name()) ? " [installed]" : "")));
        }
        return ShellResult.ok(out.toString(), software);
    }
}
