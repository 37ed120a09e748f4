package org.amilab.simulator;

import java.util.List;
import java.util.Optional;

/**
 * systemctl on a Linux instance: a service runs now if started, and at every boot if enabled;
 * an image keeps what is enabled. Changing a service needs root; asking about one does not.
 */
final class Systemctl {

    private final LinuxShell shell;
    private final boolean sudo;

    Systemctl(LinuxShell shell, boolean sudo) {
        this.shell = shell;
        this.sudo = sudo;
    }

    ShellResult run(List<String> args, SoftwareConfiguration software) {
        List<String> words = args.stream().filter(a -> !a.startsWith("-")).toList();
        boolean now = args.contains("--now");
        if (words.size() != 2) {
            return ShellResult.failed("usage: systemctl enable|disable|start|stop|restart|status|is-enabled|is-active "
                    + "SERVICE (one service at a time here)\n", 1, software);
        }
        String verb = words.get(0);
        String service = words.get(1).replaceFirst("\\.service$", "");
        boolean base = shell.isBaseService(service);
        Optional<SoftwarePackage> owner = shell.serviceOwner(service, software);
        if (!base && owner.isEmpty()) {
            return unknown(verb, service, software);
        }
        boolean enabled = base || software.enabledServices().contains(service);
        boolean running = base || software.runningServices().contains(service);
        switch (verb) {
            case "status":
                return new ShellResult(status(service, owner, enabled, running), running ? 0 : 3, software);
            case "is-enabled":
                return new ShellResult((enabled ? "enabled" : "disabled") + "\n", enabled ? 0 : 1, software);
            case "is-active":
                return new ShellResult((running ? "active" : "inactive") + "\n", running ? 0 : 3, software);
            case "enable":
            case "disable":
            case "start":
            case "stop":
            case "restart":
                return change(verb, service, base, now, software);
            default:
                return ShellResult.failed("Unknown command verb " + verb + ".\n", 1, software);
        }
    }

    private ShellResult change(String verb, String service, boolean base, boolean now, SoftwareConfiguration software) {
        if (!sudo) {
            return ShellResult.failed("Failed to " + verb + " " + service + ".service: Interactive authentication "
                    + "required.\n(Changing a service needs root: sudo systemctl " + verb + " " + service + ")\n", 1, software);
        }
        if (base) {
            return ShellResult.failed(service + " carries your connection to the instance: the simulated shell keeps "
                    + "it as it is.\n", 1, software);
        }
        String unit = service + ".service";
        return switch (verb) {
            case "enable" -> ShellResult.ok("Created symlink /etc/systemd/system/multi-user.target.wants/" + unit
                    + " → /usr/lib/systemd/system/" + unit + ".\n", running(software.withServiceEnabled(service, true),
                    service, now));
            case "disable" -> ShellResult.ok("Removed \"/etc/systemd/system/multi-user.target.wants/" + unit + "\".\n",
                    now ? software.withServiceEnabled(service, false).withServiceRunning(service, false)
                            : software.withServiceEnabled(service, false));
            case "stop" -> ShellResult.ok("", software.withServiceRunning(service, false));
            default -> ShellResult.ok(software.enabledServices().contains(service) ? ""
                    : "(" + service + " runs now, but not after a reboot or in an instance launched from an image of this "
                            + "one: sudo systemctl enable " + service + " makes it start at boot)\n",
                    software.withServiceRunning(service, true));
        };
    }

    private static SoftwareConfiguration running(SoftwareConfiguration software, String service, boolean now) {
        return now ? software.withServiceRunning(service, true) : software;
    }

    private static String status(String service, Optional<SoftwarePackage> owner, boolean enabled, boolean running) {
        String description = owner.map(SoftwarePackage::description).orElse(service);
        return "● " + service + ".service - " + description + "\n"
                + "     Loaded: loaded (/usr/lib/systemd/system/" + service + ".service; " + (enabled ? "enabled" : "disabled")
                + ")\n"
                + "     Active: " + (running ? "active (running)" : "inactive (dead)") + "\n";
    }

    private static ShellResult unknown(String verb, String service, SoftwareConfiguration software) {
        String unit = service + ".service";
        return switch (verb) {
            case "enable", "disable" -> ShellResult.failed("Failed to " + verb + " unit: Unit file " + unit
                    + " does not exist.\n", 1, software);
            case "status" -> ShellResult.failed("Unit " + unit + " could not be found.\n", 4, software);
            case "is-enabled", "is-active" -> ShellResult.failed("Failed to get unit file state for " + unit
                    + ": No such file or directory\n", 1, software);
            default -> ShellResult.failed("Failed to " + verb + " " + unit + ": Unit " + unit + " not found.\n", 5,
                    software);
        };
    }
}
