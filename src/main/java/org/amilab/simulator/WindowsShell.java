package org.amilab.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amilab.simulator.ShellWords.Word;

/**
 * Windows PowerShell 5.1 on a Windows Server instance, as Administrator (already elevated: there
 * is no sudo). Roles and features are added with the ServerManager cmdlets; a feature's service
 * (IIS's W3SVC) starts automatically, at once and at every boot. Cmdlets, parameters and paths
 * ignore case, as on Windows.
 */
final class WindowsShell extends Shell {

    private static final Set<String> DIRECTORIES = Set.of("c:\\", "c:\\windows\\temp", "c:\\programdata");
    private static final Set<String> UPDATERS = Set.of("install-windowsupdate", "get-windowsupdate", "sconfig",
            "usoclient", "wuauclt");
    private static final Set<String> LINUX_MANAGERS = Set.of("dnf", "yum", "apt", "apt-get", "sudo");

    WindowsShell(Instance instance, OperatingSystemSoftware os, SoftwareCatalog catalog, Instant now) {
        super(instance, os, catalog, now);
    }

    @Override
    String prompt() {
        return "PS " + os.home() + "> ";
    }

    @Override
    String banner() {
        return "Windows PowerShell on " + os.operatingSystem() + ", " + instance.instanceType() + "\n"
                + "Type help to see what this simulated shell can do.\n";
    }

    private String computerName() {
        return "EC2AMAZ-" + instance.id().substring(instance.id().length() - 7).toUpperCase(Locale.ROOT);
    }

    @Override
    Optional<ConfiguredFile> fileAt(String path, SoftwareConfiguration software) {
        return software.files().stream().filter(f -> f.path().equalsIgnoreCase(path)).findFirst();
    }

    @Override
    ShellResult run(String line, SoftwareConfiguration software) {
        ShellWords.Split split = ShellWords.splitPowerShell(line);
        if (split.problem().isPresent()) {
            return ShellResult.failed("The string is missing the terminator: a quote is not closed.\n", 1, software);
        }
        if (split.words().stream().anyMatch(w -> w.is("&&"))) {
            return ShellResult.failed("The token '&&' is not a valid statement separator in this version.\n"
                    + "(Windows PowerShell 5.1 separates commands with ;)\n", 1, software);
        }
        if (split.words().stream().anyMatch(w -> w.operator() && !w.is(";"))) {
            return ShellResult.failed("This simulated PowerShell does not pipe or redirect: write files with "
                    + "Set-Content -Path FILE -Value 'text'\n", 1, software);
        }
        ShellResult result = ShellResult.ok("", software);
        for (List<Word> statement : ShellWords.cut(split.words(), ";")) {
            result = result.then(statement(statement.stream().map(Word::text).toList(), result.software()));
        }
        return result;
    }

    private ShellResult statement(List<String> words, SoftwareConfiguration software) {
        if (words.isEmpty()) {
            return ShellResult.ok("", software);
        }
        String cmdlet = words.get(0).toLowerCase(Locale.ROOT);
        Params params = Params.of(words.subList(1, words.size()));
        switch (cmdlet) {
            case "help", "get-help":
                return ShellResult.ok(help(), software);
            case "history", "h", "get-history":
                return ShellResult.ok("  Id CommandLine\n  -- -----------\n" + numberedHistory("%4d %s%n"), software);
            case "clear", "cls", "clear-host":
                return ShellResult.ok("\u001b[H\u001b[2J", software);
            case "whoami":
                return ShellResult.ok(computerName().toLowerCase(Locale.ROOT) + "\\" + os.defaultUser().toLowerCase(Locale.ROOT)
                        + "\n", software);
            case "hostname":
                return ShellResult.ok(computerName() + "\n", software);
            case "echo", "write-output", "write-host":
                return ShellResult.ok(String.join(" ", params.positional()) + "\n", software);
            case "install-windowsfeature", "add-windowsfeature":
                return install(params, software);
            case "uninstall-windowsfeature", "remove-windowsfeature":
                return uninstall(params, software);
            case "get-windowsfeature":
                return listFeatures(software);
            case "set-content", "add-content":
                return setContent(params, cmdlet.equals("add-content"), software);
            case "get-content", "cat", "type":
                return getContent(params, software);
            case "get-childitem", "dir", "ls":
                return listFolder(params, software);
            case "get-service":
                return new WindowsServices(this).get(params.value("name"), software);
            case "start-service", "stop-service", "restart-service":
                return new WindowsServices(this).startOrStop(cmdlet, params.value("name"), software);
            case "set-service":
                return new WindowsServices(this).setStartupType(params.value("name"), params.named("startuptype"), software);
            case "invoke-webrequest", "iwr", "curl", "wget":
                return webRequest(params, software);
            default:
                return unknown(words.get(0), software);
        }
    }

    private ShellResult unknown(String command, SoftwareConfiguration software) {
        String lower = command.toLowerCase(Locale.ROOT);
        String why = "";
        if (UPDATERS.contains(lower)) {
            why = "(Windows updates come from Windows Update: sconfig's option 6, the Settings app, or the PSWindowsUpdate "
                    + "module from the PowerShell Gallery. This simulated shell does not run Windows Update; an EC2 Image "
                    + "Builder recipe's update-windows component does.)\n";
        } else if (LINUX_MANAGERS.contains(lower)) {
            why = "(This is Windows Server: add roles and features with Install-WindowsFeature, as in "
                    + "Install-WindowsFeature -Name Web-Server -IncludeManagementTools)\n";
        }
        return ShellResult.failed(command + " : The term '" + command + "' is not recognized as the name of a cmdlet, "
                + "function, script file, or operable program.\n" + why
                + "Type help to see the commands this simulated shell knows.\n", 1, software);
    }

    private ShellResult install(Params params, SoftwareConfiguration software) {
        List<String> names = params.list("name");
        if (names.isEmpty()) {
            return ShellResult.failed("Install-WindowsFeature : name a feature, as in Install-WindowsFeature -Name "
                    + "Web-Server\n", 1, software);
        }
        List<SoftwarePackage> features = new ArrayList<>();
        for (String name : names) {
            Optional<SoftwarePackage> feature = catalog.find(os.packageManager(), name);
            if (feature.isEmpty()) {
                return ShellResult.failed("Install-WindowsFeature : ArgumentNotValid: The role, role service, or feature "
                        + "name is not valid: '" + name + "'. The name was not found.\n(Get-WindowsFeature -Available lists "
                        + "what can be added.)\n", 1, software);
            }
            features.add(feature.get());
        }
        List<String> installed = installed(software);
        SoftwareConfiguration next = software;
        List<SoftwarePackage> fresh = features.stream().filter(f -> !installed.contains(f.name())).toList();
        for (SoftwarePackage feature : fresh) {
            next = next.withPackage(feature.name());
            if (feature.hasService()) {
                next = next.withServiceEnabled(feature.service(), true).withServiceRunning(feature.service(), true);
            }
        }
        String result = fresh.isEmpty() ? "NoChangeNeeded" : "Success";
        String shown = fresh.isEmpty() ? "{}" : "{" + fresh.stream().map(SoftwarePackage::description)
                .collect(Collectors.joining(", ")) + "}";
        return ShellResult.ok("\nSuccess Restart Needed Exit Code      Feature Result\n"
                + "------- -------------- ---------      --------------\n"
                + String.format("%-7s %-14s %-14s %s%n", "True", "No", result, shown), next);
    }

    private ShellResult uninstall(Params params, SoftwareConfiguration software) {
        List<String> names = params.list("name");
        SoftwareConfiguration next = software;
        List<String> removed = new ArrayList<>();
        for (String name : names) {
            Optional<SoftwarePackage> feature = catalog.find(os.packageManager(), name);
            if (feature.isEmpty()) {
                return ShellResult.failed("Uninstall-WindowsFeature : ArgumentNotValid: The role, role service, or feature "
                        + "name is not valid: '" + name + "'. The name was not found.\n", 1, software);
            }
            if (os.preinstalled().contains(feature.get().name())) {
                return ShellResult.failed("Uninstall-WindowsFeature : " + feature.get().name() + " came with "
                        + os.operatingSystem() + ": the simulated shell keeps it so that the instance stays usable.\n", 1,
                        software);
            }
            if (software.hasPackage(feature.get().name())) {
                next = next.withoutPackage(feature.get().name(), feature.get().service());
                removed.add(feature.get().description());
            }
        }
        return ShellResult.ok("\nSuccess Restart Needed Exit Code      Feature Result\n"
                + "------- -------------- ---------      --------------\n"
                + String.format("%-7s %-14s %-14s {%s}%n", "True", removed.isEmpty() ? "No" : "Yes",
                        removed.isEmpty() ? "NoChangeNeeded" : "Success", String.join(", ", removed)), next);
    }

    private ShellResult listFeatures(SoftwareConfiguration software) {
        List<String> installed = installed(software);
        var out = new StringBuilder(String.format("%nDisplay Name                                    %-28s Install State%n",
                "Name"));
        out.append(String.format("------------                                    %-28s -------------%n", "----"));
        for (SoftwarePackage feature : available()) {
            boolean on = installed.contains(feature.name());
            out.append(String.format("[%s] %-43s %-28s %s%n", on ? "X" : " ", feature.description(), feature.name(),
                    on ? "Installed" : "Available"));
        }
        return ShellResult.ok(out.toString(), software);
    }

    private List<SoftwarePackage> available() {
        return catalog.packagesOf(os.packageManager());
    }

    private ShellResult setContent(Params params, boolean append, SoftwareConfiguration software) {
        Optional<String> given = params.value("path");
        Optional<String> value = params.named("value").or(() -> params.positional().stream().skip(1).findFirst());
        String cmdlet = append ? "Add-Content" : "Set-Content";
        if (given.isEmpty() || value.isEmpty()) {
            return ShellResult.failed(cmdlet + " : name the file and the text, as in " + cmdlet
                    + " -Path C:\\inetpub\\wwwroot\\index.html -Value 'Hello'\n", 1, software);
        }
        String path = resolve(given.get());
        if (!directoryExists(parentOf(path), software)) {
            return ShellResult.failed(cmdlet + " : Could not find a part of the path '" + path + "'.\n", 1, software);
        }
        Optional<ConfiguredFile> existing = fileAt(path, software);
        String content = (append ? existing.map(ConfiguredFile::content).orElse("") : "") + value.get() + "\n";
        if (content.length() > SoftwareConfiguration.MAX_FILE_CHARS
                || existing.isEmpty() && software.files().size() >= SoftwareConfiguration.MAX_FILES) {
            return ShellResult.failed(cmdlet + " : There is not enough space on the disk. (The simulated disk keeps "
                    + SoftwareConfiguration.MAX_FILES + " files of " + SoftwareConfiguration.MAX_FILE_CHARS
                    + " characters at most.)\n", 1, software);
        }
        return ShellResult.ok("", software.withFile(new ConfiguredFile(existing.map(ConfiguredFile::path).orElse(path),
                content)));
    }

    private ShellResult getContent(Params params, SoftwareConfiguration software) {
        Optional<String> given = params.value("path");
        if (given.isEmpty()) {
            return ShellResult.failed("Get-Content : name a file, as in Get-Content -Path C:\\inetpub\\wwwroot\\index.html\n",
                    1, software);
        }
        String path = resolve(given.get());
        return fileAt(path, software).map(f -> ShellResult.ok(f.content(), software))
                .orElseGet(() -> ShellResult.failed("Get-Content : Cannot find path '" + path + "' because it does not "
                        + "exist.\n", 1, software));
    }

    private ShellResult listFolder(Params params, SoftwareConfiguration software) {
        String dir = resolve(params.value("path").orElse("."));
        if (!directoryExists(dir, software)) {
            return ShellResult.failed("Get-ChildItem : Cannot find path '" + dir + "' because it does not exist.\n", 1,
                    software);
        }
        String names = software.files().stream().map(ConfiguredFile::path)
                .filter(p -> parentOf(p).equalsIgnoreCase(dir)).map(p -> p.substring(p.lastIndexOf('\\') + 1))
                .collect(Collectors.joining("\n"));
        return ShellResult.ok(names.isEmpty() ? "" : "\n    Directory: " + dir + "\n\nName\n----\n" + names + "\n", software);
    }

    private ShellResult webRequest(Params params, SoftwareConfiguration software) {
        String url = params.value("uri").orElse("").toLowerCase(Locale.ROOT).replaceFirst("^https?://", "")
                .replaceFirst("/$", "");
        if (!url.equals("localhost") && !url.equals("127.0.0.1")) {
            return ShellResult.failed("Invoke-WebRequest : The remote name could not be resolved: '" + url + "'\n"
                    + "(The simulated instance reaches only itself: try Invoke-WebRequest http://localhost "
                    + "-UseBasicParsing)\n", 1, software);
        }
        return localWebPage(software, "\\").map(page -> ShellResult.ok("\nStatusCode        : 200\nStatusDescription : OK\n"
                        + "Content           : " + page, software))
                .orElseGet(() -> ShellResult.failed("Invoke-WebRequest : Unable to connect to the remote server\n", 1,
                        software));
    }

    /** An absolute path: a relative one starts in the home folder; {@code .} and {@code ..} are walked. */
    String resolve(String given) {
        String path = given.replace('/', '\\');
        String absolute = path.matches("(?i)[a-z]:\\\\.*") ? path : path.matches("(?i)[a-z]:") ? path + "\\"
                : os.home() + "\\" + path;
        List<String> parts = new ArrayList<>();
        String[] pieces = absolute.split("\\\\");
        for (int i = 1; i < pieces.length; i++) {
            if (pieces[i].equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!pieces[i].isEmpty() && !pieces[i].equals(".")) {
                parts.add(pieces[i]);
            }
        }
        return pieces[0].toUpperCase(Locale.ROOT) + "\\" + String.join("\\", parts);
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('\\');
        return slash <= 2 ? path.substring(0, 3) : path.substring(0, slash);
    }

    boolean directoryExists(String path, SoftwareConfiguration software) {
        String lower = path.toLowerCase(Locale.ROOT);
        return DIRECTORIES.contains(lower) || lower.equals(os.home().toLowerCase(Locale.ROOT))
                || installedWebRoots(software).stream().anyMatch(path::equalsIgnoreCase);
    }

    private String help() {
        return String.join("\n",
                "This is a simulated Windows PowerShell on " + os.operatingSystem() + ", as " + os.defaultUser() + ".",
                "What you change here stays on the instance's root volume: an image made from it keeps it.",
                "",
                "  Install-WindowsFeature -Name Web-Server -IncludeManagementTools   add a role or feature",
                "  Uninstall-WindowsFeature -Name FEATURE      remove it again",
                "  Get-WindowsFeature                          what is installed and what can be added",
                "  Get-Service -Name W3SVC                     is a service running? does it start at boot?",
                "  Set-Service -Name SERVICE -StartupType Automatic   start it at every boot (Manual: only by hand)",
                "  Start-Service / Stop-Service -Name SERVICE",
                "  Set-Content -Path FILE -Value 'text'        write a file (Add-Content appends)",
                "  Get-Content -Path FILE, Get-ChildItem -Path FOLDER",
                "  Invoke-WebRequest http://localhost -UseBasicParsing   fetch the page IIS serves",
                "  Get-History, whoami, hostname, clear, exit",
                "Statements are separated by ;. Windows updates are not run here: type Install-WindowsUpdate to read why.")
                + "\n";
    }

    /** PowerShell's parameters: {@code -Name value}, switches such as {@code -IncludeManagementTools}, and the rest by position. */
    record Params(Map<String, String> named, List<String> positional) {

        private static final Set<String> SWITCHES = Set.of("includemanagementtools", "usebasicparsing", "force",
                "available", "restart", "includeallsubfeature");

        static Params of(List<String> words) {
            Map<String, String> named = new HashMap<>();
            List<String> positional = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (word.startsWith("-") && word.length() > 1) {
                    String name = word.substring(1).toLowerCase(Locale.ROOT);
                    if (SWITCHES.contains(name) || i + 1 == words.size()) {
                        named.put(name, "");
                    } else {
                        named.put(name, words.get(++i));
                    }
                } else {
                    positional.add(word);
                }
            }
            return new Params(Map.copyOf(named), List.copyOf(positional));
        }

        Optional<String> named(String name) {
            return Optional.ofNullable(named.get(name)).filter(v -> !v.isEmpty());
        }

        /** A parameter given by name or, as PowerShell allows for the first one, by position. */
        Optional<String> value(String name) {
            return named(name).or(() -> positional.stream().findFirst());
        }

        /** A list parameter: {@code -Name A,B} or {@code A, B}. */
        List<String> list(String name) {
            String joined = named(name).map(v -> v + (positional.isEmpty() ? "" : "," + String.join(",", positional)))
                    .orElse(String.join(",", positional));
            return java.util.Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
