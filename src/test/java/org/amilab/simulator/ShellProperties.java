package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.amilab.simulator.TestCatalog.WINDOWS_2022;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a learner types, an image keeps exactly what is on the disk, and its instances boot with it. */
class ShellProperties {

    private static final List<String> LINUX_LINES = List.of(
            "sudo dnf install -y httpd", "sudo dnf install -y nginx git", "sudo dnf remove -y httpd",
            "sudo dnf remove -y nginx", "sudo systemctl enable httpd", "sudo systemctl enable --now nginx",
            "sudo systemctl start httpd", "sudo systemctl stop nginx", "sudo systemctl disable --now httpd",
            "echo '<h1>one</h1>' | sudo tee /var/www/html/index.html", "echo more | sudo tee -a /var/www/html/index.html",
            "echo note > note.txt", "echo again >> note.txt", "sudo dnf update -y", "dnf install -y jq",
            "sudo echo x > /etc/motd", "curl localhost", "history", "sudo dnf install -y not-a-package");
    private static final List<String> WINDOWS_LINES = List.of(
            "Install-WindowsFeature -Name Web-Server", "Uninstall-WindowsFeature -Name Web-Server",
            "Install-WindowsFeature Telnet-Client", "Stop-Service -Name W3SVC", "Start-Service W3SVC",
            "Set-Service -Name W3SVC -StartupType Manual", "Set-Service -Name W3SVC -StartupType Automatic",
            "Set-Content -Path C:\\inetpub\\wwwroot\\index.html -Value 'hi'", "Set-Content -Path notes.txt -Value n",
            "Get-WindowsFeature");

    @Provide
    Arbitrary<List<String>> linuxSessions() {
        return Arbitraries.of(LINUX_LINES).list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<String>> windowsSessions() {
        return Arbitraries.of(WINDOWS_LINES).list().ofMaxSize(20);
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void anInstanceLaunchedFromACapturedAmiHasItsConfiguration(@ForAll("linuxSessions") List<String> session,
                                                                @ForAll boolean noReboot, @ForAll boolean stopFirst) {
        capturedAndRelaunched(AL2023_X86, "t3.micro", session, noReboot, stopFirst);
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
    void aWindowsInstanceLaunchedFromACapturedAmiHasItsConfiguration(@ForAll("windowsSessions") List<String> session,
                                                                       @ForAll boolean noReboot) {
        capturedAndRelaunched(WINDOWS_2022, "t3.medium", session, noReboot, false);
    }

    private static void capturedAndRelaunched(Ami base, String type, List<String> session, boolean noReboot,
                                              boolean stopFirst) {
        PlaygroundFixture fixture = new PlaygroundFixture();
        Playground playground = fixture.playground;
        String source = fixture.running(base, type);
        session.forEach(line -> playground.runShellCommand(ALICE, source, line).value());
        SoftwareConfiguration typed = fixture.instance(source).software();
        if (stopFirst) {
            playground.stop(ALICE, source).value();
            fixture.advance(LifecycleDurations.STOPPING);
        }

        Ami image = playground.createImage(ALICE, new CreateImageRequest(source, "captured", "", noReboot)).value();
        fixture.advance(Duration.ofHours(2));
        String relaunched = fixture.running(playground.image(image.id()).orElseThrow(), type);
        String fresh = fixture.running(base, type);

        SoftwareConfiguration booted = fixture.instance(relaunched).software();
        assertThat(booted.sameDiskAs(typed)).as("the disk as it was captured").isTrue();
        assertThat(booted.runningServices()).as("what is enabled runs at boot").isEqualTo(booted.enabledServices());
        assertThat(fixture.instance(fresh).software()).isEqualTo(SoftwareConfiguration.NONE);
        assertThat(typed.enabledServices()).as("a service is enabled only while its package is installed").allMatch(service -> typed.packages().stream().anyMatch(pkg ->
                TestCatalog.SOFTWARE.find(base.platform() == Platform.WINDOWS ? PackageManager.WINDOWS_FEATURES
                        : PackageManager.DNF, pkg).map(SoftwarePackage::service).filter(service::equals).isPresent()));
    }
}
