package org.amilab.simulator;

import java.util.Locale;
import java.util.Optional;

/** Windows services as PowerShell's service cmdlets see them: Automatic ones start at boot. */
final class WindowsServices {

    private final WindowsShell shell;

    WindowsServices(WindowsShell shell) {
        this.shell = shell;
    }

    ShellResult get(Optional<String> name, SoftwareConfiguration software) {
        var out = new StringBuilder("\nStatus   Name               StartType\n------   ----               ---------\n");
        if (name.isPresent()) {
            Optional<String> service = known(name.get(), software);
            if (service.isEmpty()) {
                return ShellResult.failed("Get-Service : Cannot find any service with service name '" + name.get() + "'.\n",
                        1, software);
            }
            return ShellResult.ok(out.append(line(service.get(), software)).toString(), software);
        }
        software.packages().stream().flatMap(p -> shell.catalog.find(shell.os.packageManager(), p).stream())
                .filter(SoftwarePackage::hasService).forEach(p -> out.append(line(p.service(), software)));
        return ShellResult.ok(out.toString(), software);
    }

    ShellResult startOrStop(String cmdlet, Optional<String> name, SoftwareConfiguration software) {
        Optional<String> service = name.flatMap(n -> known(n, software));
        if (service.isEmpty()) {
            return ShellResult.failed(cmdlet + " : Cannot find any service with service name '" + name.orElse("") + "'.\n",
                    1, software);
        }
        if (shell.isBaseService(service.get())) {
            return ShellResult.failed(service.get() + " carries your connection to the instance: the simulated shell keeps "
                    + "it as it is.\n", 1, software);
        }
        boolean run = !cmdlet.equals("stop-service");
        String note = run && !software.enabledServices().contains(service.get())
                ? "(" + service.get() + " runs now, but not after a reboot or in an instance launched from an image of this "
                        + "one: Set-Service -Name " + service.get() + " -StartupType Automatic makes it start at boot)\n"
                : "";
        return ShellResult.ok(note, software.withServiceRunning(service.get(), run));
    }

    ShellResult setStartupType(Optional<String> name, Optional<String> type, SoftwareConfiguration software) {
        Optional<String> service = name.flatMap(n -> known(n, software));
        if (service.isEmpty()) {
            return ShellResult.failed("Set-Service : Service '" + name.orElse("") + "' was not found on computer '.'.\n", 1,
                    software);
        }
        String startup = type.orElse("").toLowerCase(Locale.ROOT);
        if (!startup.equals("automatic") && !startup.equals("manual") && !startup.equals("disabled")) {
            return ShellResult.failed("Set-Service : Cannot bind parameter 'StartupType': use Automatic, Manual or "
                    + "Disabled.\n", 1, software);
        }
        SoftwareConfiguration next = software.withServiceEnabled(service.get(), startup.equals("automatic"));
        return ShellResult.ok("", startup.equals("disabled") ? next.withServiceRunning(service.get(), false) : next);
    }

    /** The service as it is spelled by its feature, whatever case the learner typed. */
    private Optional<String> known(String name, SoftwareConfiguration software) {
        if (shell.isBaseService(name)) {
            return shell.os.preinstalled().stream().flatMap(p -> shell.catalog.find(shell.os.packageManager(), p).stream())
                    .map(SoftwarePackage::service).filter(name::equalsIgnoreCase).findFirst();
        }
        return shell.serviceOwner(name, software).map(SoftwarePackage::service);
    }

    private String line(String service, SoftwareConfiguration software) {
        boolean base = shell.isBaseService(service);
        boolean running = base || software.runningServices().contains(service);
        boolean automatic = base || software.enabledServices().contains(service);
        return String.format("%-8s %-18s %s%n", running ? "Running" : "Stopped", service, automatic ? "Automatic" : "Manual");
    }
}
