package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.amilab.simulator.TestCatalog.LEGACY_PV_INSTANCE_STORE;
import static org.amilab.simulator.TestCatalog.MINECRAFT_COMMUNITY_ARM;
import static org.amilab.simulator.TestCatalog.WINDOWS_2022;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulated shell behind "Connect": what each command answers, and what it changes on the instance. */
class ShellTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final Playground playground = fixture.playground;

    private ShellOutput run(String instanceId, String line) {
        return playground.runShellCommand(ALICE, instanceId, line).value();
    }

    private SoftwareConfiguration software(String instanceId) {
        return fixture.instance(instanceId).software();
    }

    @Test
    void installingNeedsRootAndAYesAndThenAddsThePackageButStartsNothing() {
        String web = fixture.running(AL2023_X86, "t3.micro");

        ShellOutput notRoot = run(web, "dnf install -y httpd");
        assertThat(notRoot.exitCode()).isEqualTo(1);
        assertThat(notRoot.output()).contains("superuser privileges");
        ShellOutput noYes = run(web, "sudo dnf install httpd");
        assertThat(noYes.output()).contains("Is this ok [y/N]").contains("Operation aborted").contains("-y");
        assertThat(software(web).packages()).isEmpty();

        ShellOutput installed = run(web, "sudo dnf install -y httpd");
        assertThat(installed.exitCode()).isZero();
        assertThat(installed.output()).contains("Installed:\n  httpd").contains("Complete!")
                .contains("sudo systemctl enable --now httpd");
        assertThat(software(web).packages()).containsExactly("httpd");
        assertThat(software(web).runningServices()).isEmpty();
        assertThat(run(web, "systemctl is-active httpd").output()).isEqualTo("inactive\n");
        assertThat(run(web, "sudo yum install -y httpd").output()).contains("Package httpd is already installed.");
        assertThat(run(web, "dnf list installed").output()).contains("httpd\n").contains("openssh-server\n");
        assertThat(run(web, "dnf list available").output()).contains("nginx").doesNotContain("httpd ");
    }

    @Test
    void theHowToStartItHintIsLeftOutWhenTheSameLineStartsTheService() {
        String web = fixture.running(AL2023_X86, "t3.micro");

        ShellOutput together = run(web, "sudo dnf install -y httpd && sudo systemctl enable --now httpd");
        assertThat(together.exitCode()).isZero();
        assertThat(together.output()).contains("Installed:\n  httpd").doesNotContain("installed but not running");
        ShellOutput other = run(web, "sudo dnf install -y nginx; sudo systemctl enable --now httpd");
        assertThat(other.output()).contains("nginx is installed but not running");
    }

    @Test
    void unknownPackagesCommandsAndOtherSystemsPackageManagersAreNamed() {
        String web = fixture.running(AL2023_X86, "t3.micro");

        ShellOutput unknown = run(web, "sudo dnf install -y apache2");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.output()).contains("No match for argument: apache2").contains("Unable to find a match");
        ShellOutput apt = run(web, "sudo apt install -y nginx");
        assertThat(apt.exitCode()).isEqualTo(127);
        assertThat(apt.output()).contains("apt: command not found").contains("Amazon Linux 2023 installs software with dnf");
        ShellOutput typo = run(web, "sudp dnf update");
        assertThat(typo.exitCode()).isEqualTo(127);
        assertThat(typo.output()).contains("sudp: command not found").contains("help");
        assertThat(run(web, "sudo dnf remove -y sudo").output()).contains("came with Amazon Linux 2023");
        assertThat(run(web, "echo 'unclosed").output()).contains("unexpected EOF");
    }

    @Test
    void anEnabledServiceSurvivesARebootAndOneStartedByHandDoesNot() {
        String web = fixture.running(AL2023_X86, "t3.micro");
        run(web, "sudo dnf install -y httpd nginx");

        assertThat(run(web, "systemctl enable httpd").output()).contains("Interactive authentication required");
        ShellOutput enabled = run(web, "sudo systemctl enable --now httpd");
        assertThat(enabled.output()).contains("Created symlink").contains("httpd.service");
        ShellOutput byHand = run(web, "sudo systemctl start nginx.service");
        assertThat(byHand.output()).contains("not after a reboot");
        assertThat(run(web, "systemctl status httpd").output()).contains("enabled").contains("active (running)");
        assertThat(run(web, "systemctl status nginx").output()).contains("disabled").contains("active (running)");
        assertThat(run(web, "systemctl status mysqld").exitCode()).isEqualTo(4);

        playground.reboot(ALICE, web).value();

        assertThat(software(web).runningServices()).containsExactly("httpd");
        assertThat(run(web, "systemctl is-active nginx").output()).isEqualTo("inactive\n");
        assertThat(run(web, "sudo systemctl stop sshd").output()).contains("carries your connection");
    }

    @Test
    void aRedirectionIsNotRunBySudoButAPipeIntoSudoTeeWritesTheWebPage() {
        String web = fixture.running(AL2023_X86, "t3.micro");
        assertThat(run(web, "curl http://localhost").exitCode()).isEqualTo(7);
        assertThat(run(web, "echo hi | sudo tee /var/www/html/index.html").output()).contains("No such file or directory");
        run(web, "sudo dnf install -y httpd && sudo systemctl enable --now httpd");

        ShellOutput denied = run(web, "sudo echo '<h1>Shop</h1>' > /var/www/html/index.html");
        assertThat(denied.exitCode()).isEqualTo(1);
        assertThat(denied.output()).contains("Permission denied").contains("sudo tee");
        assertThat(run(web, "curl localhost").output()).contains("Test page of The Apache HTTP Server");

        ShellOutput written = run(web, "echo '<h1>Shop</h1>' | sudo tee /var/www/html/index.html");
        assertThat(written.exitCode()).isZero();
        assertThat(written.output()).isEqualTo("<h1>Shop</h1>\n");
        run(web, "echo 'notes' > notes.txt; echo 'more' >> ~/notes.txt");

        assertThat(run(web, "curl http://localhost/").output()).isEqualTo("<h1>Shop</h1>\n");
        assertThat(run(web, "cat /home/ec2-user/notes.txt").output()).isEqualTo("notes\nmore\n");
        assertThat(run(web, "ls").output()).isEqualTo("notes.txt\n");
        assertThat(run(web, "cat /etc/os-release").output()).contains("Amazon Linux 2023");
        assertThat(run(web, "false-command && echo never").output()).doesNotContain("never");
    }

    @Test
    void anImageCapturesTheConfigurationAndItsInstancesBootWithIt() {
        String web = fixture.running(AL2023_X86, "t3.micro");
        run(web, "sudo dnf install -y httpd git");
        run(web, "sudo systemctl enable --now httpd");
        run(web, "echo '<h1>Shop v1</h1>' | sudo tee /var/www/html/index.html");
        run(web, "sudo dnf update -y");
        SoftwareConfiguration configured = software(web);

        Ami golden = playground.createImage(ALICE, new CreateImageRequest(web, "shop-golden", "", false)).value();
        assertThat(golden.software()).isEqualTo(configured.captured());
        fixture.advance(Duration.ofHours(1));
        String fromGolden = fixture.running(playground.image(golden.id()).orElseThrow(), "t3.micro");
        String fromOriginal = fixture.running(AL2023_X86, "t3.micro");

        assertThat(software(fromGolden).sameDiskAs(configured)).isTrue();
        assertThat(software(fromGolden).runningServices()).containsExactly("httpd");
        assertThat(run(fromGolden, "curl localhost").output()).isEqualTo("<h1>Shop v1</h1>\n");
        assertThat(software(fromOriginal)).isEqualTo(SoftwareConfiguration.NONE);
        assertThat(run(fromOriginal, "systemctl is-enabled httpd").exitCode()).isEqualTo(1);
        assertThat(fixture.instance(fromGolden).shellHistory()).as("history stays with its instance")
                .containsExactly("curl localhost");
    }

    @Test
    void onUbuntuAptStartsAnInstalledServiceAtOnce() {
        String server = fixture.running(MINECRAFT_COMMUNITY_ARM, "t4g.micro");

        assertThat(run(server, "whoami").output()).isEqualTo("ubuntu\n");
        assertThat(run(server, "apt install -y nginx").output()).contains("are you root?");
        ShellOutput installed = run(server, "sudo apt install -y nginx");
        assertThat(installed.output()).contains("Setting up nginx").contains("Created symlink");
        assertThat(software(server).enabledServices()).containsExactly("nginx");
        assertThat(software(server).runningServices()).containsExactly("nginx");
        assertThat(run(server, "sudo apt install -y httpd").output()).contains("E: Unable to locate package httpd");
        assertThat(run(server, "apt list --installed").output()).contains("nginx/now [installed]");
        assertThat(run(server, "uname -m").output()).isEqualTo("aarch64\n");
        assertThat(playground.shellGreeting(server).value().prompt()).isEqualTo("ubuntu@" + server + ":~$ ");
    }

    @Test
    void onAnAmazonLinuxOlderThanSystemdServicesAreStartedWithServiceAndChkconfig() {
        String legacy = fixture.running(LEGACY_PV_INSTANCE_STORE, "m1.small");
        run(legacy, "sudo yum install -y httpd");

        assertThat(run(legacy, "sudo systemctl start httpd").output()).contains("systemctl: command not found")
                .contains("chkconfig");
        assertThat(run(legacy, "sudo dnf install -y git").exitCode()).isEqualTo(127);
        run(legacy, "sudo service httpd start");
        run(legacy, "sudo chkconfig httpd on");

        assertThat(software(legacy).enabledServices()).containsExactly("httpd");
        assertThat(software(legacy).runningServices()).containsExactly("httpd");
    }

    @Test
    void windowsServerAddsIisWithPowerShellAndServesThePageWritten() {
        String windows = fixture.running(WINDOWS_2022, "t3.medium");

        ShellOutput installed = run(windows, "Install-WindowsFeature -Name Web-Server -IncludeManagementTools");
        assertThat(installed.output()).contains("Success").contains("{Web Server (IIS)}");
        assertThat(software(windows).runningServices()).containsExactly("W3SVC");
        run(windows, "set-content -Path C:\\inetpub\\wwwroot\\index.html -Value '<h1>IIS shop</h1>'");

        assertThat(run(windows, "Invoke-WebRequest http://localhost -UseBasicParsing").output())
                .contains("StatusCode        : 200").contains("<h1>IIS shop</h1>");
        assertThat(run(windows, "Get-Content C:\\INETPUB\\wwwroot\\index.html").output()).isEqualTo("<h1>IIS shop</h1>\n");
        assertThat(run(windows, "Get-WindowsFeature").output()).contains("[X] Web Server (IIS)");
        assertThat(run(windows, "Get-Service -Name w3svc").output()).contains("Running").contains("Automatic");
        assertThat(run(windows, "sudo dnf install -y httpd").output()).contains("is not recognized")
                .contains("Install-WindowsFeature");
        assertThat(run(windows, "Install-WindowsUpdate -AcceptAll").output()).contains("Windows Update");
        assertThat(run(windows, "Install-WindowsFeature -Name Web-Servr").output()).contains("ArgumentNotValid");
        assertThat(run(windows, "whoami && hostname").output()).contains("'&&' is not a valid statement separator");
        assertThat(playground.shellGreeting(windows).value().prompt()).isEqualTo("PS C:\\Users\\Administrator> ");
    }

    @Test
    void everyLineIsOneEventAndTheHistoryShowsTheLinesTyped() {
        String web = fixture.running(AL2023_X86, "t3.micro");
        int before = playground.events().size();

        run(web, "whoami");
        run(web, "sudo dnf install -y nope");
        ShellOutput history = run(web, "history");

        List<EventDetail> details = playground.events().subList(before, playground.events().size()).stream()
                .map(PlaygroundEvent::detail).toList();
        assertThat(details).containsExactly(new EventDetail.ShellCommandRan(web, "whoami", 0),
                new EventDetail.ShellCommandRan(web, "sudo dnf install -y nope", 1),
                new EventDetail.ShellCommandRan(web, "history", 0));
        assertThat(history.output()).isEqualTo("    1  whoami\n    2  sudo dnf install -y nope\n    3  history\n");
        assertThat(run(web, "exit").sessionEnded()).isTrue();
    }

    @Test
    void connectingToAnInstanceThatIsNotRunningIsRefusedAsEc2InstanceConnectRefusesIt() {
        String stopped = fixture.stopped(AL2023_X86, "t3.micro");
        String pending = fixture.launch(AL2023_X86, "t3.micro").id();

        ActionResult<ShellOutput> refused = playground.runShellCommand(ALICE, stopped, "whoami");

        assertThat(refused.error().code()).isEqualTo("EC2InstanceStateInvalidException");
        assertThat(refused.error().message()).contains(stopped).contains("stopped");
        assertThat(playground.shellGreeting(pending).error().reason()).isEqualTo(Refusal.CONNECT_NOT_RUNNING);
        assertThat(playground.runShellCommand(ALICE, fixture.running(AL2023_X86, "t3.micro"), "x".repeat(1_001))
                .error().reason()).isEqualTo(Refusal.SHELL_LINE_TOO_LONG);
    }
}
