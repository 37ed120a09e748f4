package org.amilab.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The software side of the catalog: for every operating system an AMI can have, its shell, and
 * the packages the simulated repositories hold. Checked as a whole, like the rest of the catalog.
 */
public final class SoftwareCatalog {

    private final Map<String, OperatingSystemSoftware> systems = new LinkedHashMap<>();
    private final List<SoftwarePackage> packages;

    public SoftwareCatalog(List<OperatingSystemSoftware> operatingSystems, List<SoftwarePackage> packages) {
        for (OperatingSystemSoftware system : operatingSystems) {
            Require.that(systems.put(system.operatingSystem(), system) == null,
                    system.operatingSystem() + " is listed twice");
        }
        this.packages = List.copyOf(packages);
        for (PackageManager manager : PackageManager.values()) {
            var names = new LinkedHashMap<String, SoftwarePackage>();
            this.packages.stream().filter(p -> p.packageManagers().contains(manager)).forEach(p -> Require.that(
                    names.put(p.name().toLowerCase(Locale.ROOT), p) == null,
                    p.name() + " is listed twice for " + manager.command()));
        }
        for (OperatingSystemSoftware system : operatingSystems) {
            system.preinstalled().forEach(name -> Require.that(find(system.packageManager(), name).isPresent(),
                    system.operatingSystem() + " comes with " + name + ", which no " + system.packageManager().command()
                            + " package of the catalog is"));
        }
    }

    public Optional<OperatingSystemSoftware> of(String operatingSystem) {
        return Optional.ofNullable(systems.get(operatingSystem));
    }

    public List<OperatingSystemSoftware> operatingSystems() {
        return List.copyOf(systems.values());
    }

    /** The package {@code manager} knows by {@code name}; Windows feature names ignore case, as PowerShell does. */
    public Optional<SoftwarePackage> find(PackageManager manager, String name) {
        return packages.stream().filter(p -> p.packageManagers().contains(manager))
                .filter(p -> manager.isWindows() ? p.name().equalsIgnoreCase(name) : p.name().equals(name))
                .findFirst();
    }

    /** The installed package that brings {@code service}, if any. */
    public Optional<SoftwarePackage> providing(PackageManager manager, String service, List<String> installed) {
        return installed.stream().flatMap(name -> find(manager, name).stream())
                .filter(p -> manager.isWindows() ? p.service().equalsIgnoreCase(service) : p.service().equals(service))
                .findFirst();
    }

    public List<SoftwarePackage> packages() {
        return packages;
    }

    public List<SoftwarePackage> packagesOf(PackageManager manager) {
        return packages.stream().filter(p -> p.packageManagers().contains(manager)).toList();
    }
}
