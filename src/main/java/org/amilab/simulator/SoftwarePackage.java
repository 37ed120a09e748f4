package org.amilab.simulator;

import java.util.List;

/**
 * A package (on Windows, a role or feature) the simulated repositories offer to the package
 * managers that list it. {@code service} is the system service it brings, or empty; a web server
 * also names the folder it serves pages from ({@code webRoot}), so that fetching the local web page
 * shows what the learner wrote there.
 */
public record SoftwarePackage(String name, String description, List<PackageManager> packageManagers, String service,
                              String webRoot) {

    public SoftwarePackage {
        Require.text(name, "name of a package");
        Require.that(name.matches("[A-Za-z0-9][A-Za-z0-9._+-]*"), "package name " + name + " has characters a package "
                + "manager does not accept");
        Require.text(description, "description of package " + name);
        packageManagers = List.copyOf(Require.present(packageManagers, "packageManagers of " + name));
        Require.that(!packageManagers.isEmpty(), "package " + name + " names no package manager");
        service = service == null ? "" : service;
        webRoot = webRoot == null ? "" : webRoot;
        Require.that(webRoot.isEmpty() || !service.isEmpty(), "package " + name + " serves pages without a service");
    }

    public boolean hasService() {
        return !service.isEmpty();
    }

    public boolean servesWebPages() {
        return !webRoot.isEmpty();
    }
}
