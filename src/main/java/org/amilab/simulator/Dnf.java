package org.amilab.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** dnf and yum of the Red Hat family (Amazon Linux, RHEL, CentOS, Fedora), as the simulated shell runs them. */
final class Dnf {

    private static final String NOT_ROOT =
            "Error: This command has to be run with superuser privileges (under the root user on most systems).\n";

    private final LinuxShell shell;
    private final String command;
    private final boolean sudo;

    Dnf(LinuxShell shell, String command, boolean sudo) {
        this.shell = shell;
        this.command = command;
        this.sudo = sudo;
    }

    ShellResult run(List<String> args, SoftwareConfiguration software) {
        List<String> words = args.stream().filter(a -> !a.startsWith("-")).toList();
        boolean yes = args.contains("-y") || args.contains("--assumeyes");
        if (words.isEmpty()) {
            return ShellResult.failed("usage: " + command + " install|remove|update|list ... (type help)\n", 1, software);
        }
        List<String> names = words.subList(1, words.size());
        switch (words.get(0)) {
            case "install":
                return changing(yes, software, () -> install(names, software));
            case "remove":
            case "erase":
                return changing(yes, software, () -> remove(names, software));
            case "update":
            case "upgrade":
                return changing(yes, software, () -> ShellResult.ok("Dependencies resolved.\nUpgrading: every installed "
                        + "package that has a newer release\n\nComplete!\n", software.updatedAt(shell.now)));
            case "list":
                return list(names, software);
            default:
                return ShellResult.failed("No such command: " + words.get(0) + ". Please use /usr/bin/" + command
                        + " --help\n", 1, software);
        }
    }

    private ShellResult changing(boolean yes, SoftwareConfiguration software, Supplier<ShellResult> change) {
        return shell.changingPackages(sudo ? Optional.empty() : Optional.of(ShellResult.failed(NOT_ROOT, 1, software)),
                yes, "Is this ok [y/N]: \nOperation aborted.\n", software, change);
    }

    private ShellResult install(List<String> names, SoftwareConfiguration software) {
        if (names.isEmpty()) {
            return ShellResult.failed("Error: Need to pass a list of pkgs to install\n", 1, software);
        }
        List<String> unknown = names.stream()
                .filter(n -> shell.catalog.find(shell.os.packageManager(), n).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            var out = new StringBuilder();
            unknown.forEach(n -> out.append("No match for argument: ").append(n).append('\n'));
            out.append("Error: Unable to find a match: ").append(String.join(" ", unknown)).append('\n')
                    .append("(Type ").append(command).append(" list available to see what the repositories offer.)\n");
            return ShellResult.failed(out.toString(), 1, software);
        }
        List<String> installed = shell.installed(software);
        List<String> fresh = new ArrayList<>();
        var out = new StringBuilder();
        SoftwareConfiguration next = software;
        for (String name : names) {
            if (installed.contains(name) || fresh.contains(name)) {
                out.append("Package ").append(name).append(" is already installed.\n");
            } else {
                fresh.add(name);
                next = next.withPackage(name);
            }
        }
        if (fresh.isEmpty()) {
            return ShellResult.ok(out + "Dependencies resolved.\nNothing to do.\nComplete!\n", software);
        }
        out.append("Dependencies resolved.\n\nInstalled:\n");
        fresh.forEach(n -> out.append("  ").append(n).append('\n'));
        out.append("\nComplete!\n");
        return ShellResult.ok(out.toString(), next);
    }

    private ShellResult remove(List<String> names, SoftwareConfiguration software) {
        if (names.isEmpty()) {
            return ShellResult.failed("Error: Need to pass a list of pkgs to remove\n", 1, software);
        }
        var out = new StringBuilder();
        SoftwareConfiguration next = software;
        List<String> removed = new ArrayList<>();
        for (String name : names) {
            if (shell.os.preinstalled().contains(name)) {
                return shell.keepsPreinstalled("Error: ", name, 1, software);
            }
            if (!software.hasPackage(name)) {
                out.append("No match for argument: ").append(name).append('\n');
                continue;
            }
            String service = shell.catalog.find(shell.os.packageManager(), name).map(SoftwarePackage::service).orElse("");
            next = next.withoutPackage(name, service);
            removed.add(name);
        }
        if (removed.isEmpty()) {
            return ShellResult.failed(out + "No packages marked for removal.\nDependencies resolved.\nNothing to do.\n"
                    + "Complete!\n", 0, software);
        }
        out.append("Dependencies resolved.\n\nRemoved:\n");
        removed.forEach(n -> out.append("  ").append(n).append('\n'));
        return ShellResult.ok(out + "\nComplete!\n", next);
    }

    private ShellResult list(List<String> what, SoftwareConfiguration software) {
        Optional<String> which = what.stream().findFirst();
        List<String> installed = shell.installed(software);
        if (which.isPresent() && which.get().equals("available")) {
            var out = new StringBuilder("Available Packages\n");
            shell.available().stream().filter(p -> !installed.contains(p.name()))
                    .forEach(p -> out.append(String.format("%-32s %s%n", p.name(), p.description())));
            return ShellResult.ok(out.toString(), software);
        }
        var out = new StringBuilder("Installed Packages\n");
        installed.forEach(n -> out.append(n).append('\n'));
        return ShellResult.ok(out.toString(), software);
    }
}
