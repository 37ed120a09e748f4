package org.amilab.simulator;

/**
 * How software is added to an operating system, as its shell is spoken: the command a learner
 * types and the names its packages have. Amazon Linux 2023 and RHEL 9 use dnf (and answer to yum
 * as well); older Red Hat family systems use yum; Debian and Ubuntu use apt; Windows Server adds
 * roles and features with PowerShell's ServerManager cmdlets.
 */
public enum PackageManager {
    DNF("dnf"),
    YUM("yum"),
    APT("apt"),
    WINDOWS_FEATURES("Install-WindowsFeature");

    private final String command;

    PackageManager(String command) {
        this.command = command;
    }

    /** The command that installs with it. */
    public String command() {
        return command;
    }

    public boolean isWindows() {
        return this == WINDOWS_FEATURES;
    }
}
