package org.amilab.simulator;

import java.util.List;

/**
 * What the shell of an operating system the catalog offers is like: its package manager, the
 * user a new instance lets in (ec2-user on Amazon Linux, ubuntu on Ubuntu, ...), and the packages
 * its AMIs come with.
 */
public record OperatingSystemSoftware(String operatingSystem, PackageManager packageManager, String defaultUser,
                                      List<String> preinstalled) {

    public OperatingSystemSoftware {
        Require.text(operatingSystem, "operatingSystem");
        Require.present(packageManager, "packageManager of " + operatingSystem);
        Require.text(defaultUser, "defaultUser of " + operatingSystem);
        Require.that(defaultUser.matches("[A-Za-z][A-Za-z0-9_-]*"), "defaultUser of " + operatingSystem
                + " is not a user name");
        preinstalled = Require.listOrEmpty(preinstalled);
    }

    /** The user's home folder, where they may write without sudo. */
    public String home() {
        return packageManager.isWindows() ? "C:\\Users\\" + defaultUser : "/home/" + defaultUser;
    }
}
