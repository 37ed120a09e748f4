package org.amilab.simulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.amilab.simulator.ShellWords.Word;

/**
 * bash on a Linux instance, logged in as the AMI's default user. Redirection ({@code >}, {@code >>})
 * is done by the user's own shell, so it cannot write where only root may, even after sudo; piping
 * into {@code sudo tee} can, as on a real instance.
 */
final class LinuxShell extends Shell {

    private static final Set<String> DIRECTORIES = Set.of("/", "/etc", "/tmp", "/opt", "/srv", "/usr/local/bin", "/var/log");
    private static final Set<String> MANAGERS = Set.of("dnf", "yum", "apt", "apt-get");

    LinuxShell(Instance instance, OperatingSystemSoftware os, SoftwareCatalog catalog, Instant now) {
        super(instance, os, catalog, now);
    }

    @Override
    String prompt() {
        return os.packageManager() == PackageManager.APT ? os.defaultUser() + "@" + instance.id() + ":~$ "
                : "[" + os.defaultUser() + "@" + instance.id() + " ~]$ ";
    }

    @Override
    String banner() {
        return os.operatingSystem() + " on " + instance.instanceType() + " (" + instance.architecture().apiName() + ")\n"
                + "Type help to see what this simulated shell can do.\n";
    }

    @Override
    Optional<ConfiguredFile> fileAt(String path, SoftwareConfiguration software) {
        return software.file(path);
    }

    @Override
    ShellResult run(String line, SoftwareConfiguration software) {
        ShellWords.Split split = ShellWords.split(line);
        if (split.problem().isPresent()) {
            return ShellResult.failed("-bash: " + split.problem().get() + "\n", 2, software);
        }
        ShellResult result = ShellResult.ok("", software);
        for (List<Word> sequence : ShellWords.cut(split.words(), ";")) {
            boolean first = true;
            for (List<Word> pipeline : ShellWords.cut(sequence, "&&")) {
                if (!first && result.exitCode() != 0) {
                    break;
                }
                first = false;
                result = result.then(pipeline(pipeline, result.software()));
            }
        }
        return new ShellResult(result.output() + idleServiceHint(software, result.software()), result.exitCode(),
                result.software());
    }

    /**
     * dnf, unlike apt, leaves a new package's service stopped; a learner who did not start it on the
     * same line is told how, once the whole line has run.
     */
    private String idleServiceHint(SoftwareConfiguration before, SoftwareConfiguration after) {
        return after.packages().stream().filter(name -> !before.hasPackage(name))
                .flatMap(name -> catalog.find(os.packageManager(), name).stream())
                .filter(SoftwarePackage::hasService)
                .filter(p -> after.runningServices().stream().noneMatch(p.service()::equalsIgnoreCase))
                .findFirst()
                .map(p -> "(" + p.service() + " is installed but not running: start it with sudo systemctl enable --now "
                        + p.service() + ")\n")
                .orElse("");
    }

    private ShellResult pipeline(List<Word> words, SoftwareConfiguration software) {
        List<List<Word>> stages = ShellWords.cut(words, "|");
        if (stages.size() == 1) {
            return redirected(stages.get(0), software);
        }
        List<String> tee = texts(stages.get(1));
        boolean sudo = !tee.isEmpty() && tee.get(0).equals("sudo");
        List<String> teeArgs = sudo ? tee.subList(1, tee.size()) : tee;
        if (stages.size() > 2 || teeArgs.isEmpty() || !teeArgs.get(0).equals("tee")) {
            return ShellResult.failed("-bash: this simulated shell pipes output only into tee, as in "
                    + "echo 'text' | sudo tee /path/to/file\n", 2, software);
        }
        ShellResult written = simple(texts(stages.get(0)), software);
        if (written.exitCode() != 0) {
            return written;
        }
        boolean append = teeArgs.contains("-a");
        List<String> paths = teeArgs.stream().skip(1).filter(a -> !a.startsWith("-")).toList();
        if (paths.size() != 1) {
            return ShellResult.failed("tee: name one file, as in tee /var/www/html/index.html\n", 1, software);
        }
        return write(paths.get(0), written.output(), append, sudo, "tee", written.software())
                .map(next -> ShellResult.ok(written.output(), next))
                .orElseGet(() -> ShellResult.failed("", 1, software).then(writeProblem(paths.get(0), sudo, "tee",
                        written.software())));
    }

    private ShellResult redirected(List<Word> words, SoftwareConfiguration software) {
        int at = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).is(">") || words.get(i).is(">>")) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return simple(texts(words), software);
        }
        if (at != words.size() - 2 || words.get(at + 1).operator()) {
            return ShellResult.failed("-bash: syntax error: a redirection names one file at the end of the line\n", 2,
                    software);
        }
        ShellResult produced = simple(texts(words.subList(0, at)), software);
        if (produced.exitCode() != 0) {
            return produced;
        }
        String path = words.get(at + 1).text();
        boolean append = words.get(at).is(">>");
        // the redirection belongs to the learner's own shell, not to sudo: it never runs as root
        return write(path, produced.output(), append, false, "-bash", produced.software())
                .map(next -> ShellResult.ok("", next))
                .orElseGet(() -> writeProblem(path, false, "-bash", produced.software()));
    }

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }

    private ShellResult simple(List<String> words, SoftwareConfiguration software) {
        if (words.isEmpty()) {
            return ShellResult.ok("", software);
        }
        boolean sudo = words.get(0).equals("sudo");
        List<String> args = sudo ? words.subList(1, words.size()) : words;
        if (args.isEmpty()) {
            return ShellResult.failed("usage: sudo command\n", 1, software);
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (command) {
            case "help":
                return ShellResult.ok(help(), software);
            case "history":
                return ShellResult.ok(numberedHistory("%5d  %s%n"), software);
            case "clear":
                return ShellResult.ok("\u001b[H\u001b[2J", software);
            case "whoami":
                return ShellResult.ok((sudo ? "root" : os.defaultUser()) + "\n", software);
            case "hostname":
                return ShellResult.ok(instance.id() + "\n", software);
            case "pwd":
                return ShellResult.ok(os.home() + "\n", software);
            case "uname":
                return ShellResult.ok((rest.contains("-m") ? instance.architecture().apiName().replace("arm64", "aarch64")
                        : "Linux") + "\n", software);
            case "echo":
                return ShellResult.ok(String.join(" ", rest) + "\n", software);
            case "cat":
                return cat(rest, software);
            case "ls":
                return ls(rest, software);
            case "tee":
                return ShellResult.failed("tee: it writes what it is given: pipe into it, as in "
                        + "echo 'hello' | sudo tee /var/www/html/index.html\n", 1, software);
            case "systemctl":
                if (!os.preinstalled().contains("systemd")) {
                    return ShellResult.failed("-bash: systemctl: command not found\n" + os.operatingSystem() + " predates "
                            + "systemd: sudo service NAME start starts a service, sudo chkconfig NAME on starts it at boot\n",
                            127, software);
                }
                return new Systemctl(this, sudo).run(rest, software);
            case "service":
                return rest.size() == 2 ? new Systemctl(this, sudo).run(List.of(rest.get(1), rest.get(0)), software)
                        : ShellResult.failed("Usage: service NAME start|stop|restart|status\n", 1, software);
            case "chkconfig":
                return rest.size() == 2 && (rest.get(1).equals("on") || rest.get(1).equals("off"))
                        ? new Systemctl(this, sudo).run(List.of(rest.get(1).equals("on") ? "enable" : "disable",
                                rest.get(0)), software)
                        : ShellResult.failed("usage: chkconfig NAME on|off\n", 1, software);
            case "curl":
                return curl(rest, software);
            case "sudo":
                return ShellResult.failed("sudo: one sudo is enough, in front of the command\n", 1, software);
            case "su":
            case "-i":
                return ShellResult.failed("sudo: this simulated shell does not open a root shell; put sudo in front of "
                        + "each command that needs root\n", 1, software);
            default:
                if (MANAGERS.contains(command)) {
                    return packageManager(command, rest, sudo, software);
                }
                return ShellResult.failed("-bash: " + command + ": command not found\n"
                        + "Type help to see the commands this simulated shell knows.\n", 127, software);
        }
    }

    private ShellResult packageManager(String command, List<String> args, boolean sudo, SoftwareConfiguration software) {
        PackageManager mine = os.packageManager();
        boolean mineAnswers = switch (mine) {
            case DNF -> command.equals("dnf") || command.equals("yum");
            case YUM -> command.equals("yum");
            case APT -> command.startsWith("apt");
            case WINDOWS_FEATURES -> false;
        };
        if (!mineAnswers) {
            return ShellResult.failed("-bash: " + command + ": command not found\n" + os.operatingSystem() + " installs "
                    + "software with " + mine.command() + ", as in sudo " + mine.command() + " install -y "
                    + (mine == PackageManager.APT ? "nginx" : "httpd") + "\n", 127, software);
        }
        return mine == PackageManager.APT ? new Apt(this, command, sudo).run(args, software)
                : new Dnf(this, command, sudo).run(args, software);
    }

    private ShellResult cat(List<String> paths, SoftwareConfiguration software) {
        if (paths.isEmpty()) {
            return ShellResult.failed("cat: name a file, as in cat /etc/os-release\n", 1, software);
        }
        var out = new StringBuilder();
        int status = 0;
        for (String given : paths) {
            String path = resolve(given);
            Optional<String> content = path.equals("/etc/os-release") ? Optional.of(osRelease())
                    : software.file(path).map(ConfiguredFile::content);
            if (content.isPresent()) {
                out.append(content.get());
            } else {
                out.append("cat: ").append(given).append(": ")
                        .append(directoryExists(path, software) ? "Is a directory" : "No such file or directory").append('\n');
                status = 1;
            }
        }
        return new ShellResult(out.toString(), status, software);
    }

    private String osRelease() {
        return "PRETTY_NAME=\"" + os.operatingSystem() + "\"\n";
    }

    private ShellResult ls(List<String> args, SoftwareConfiguration software) {
        List<String> dirs = args.stream().filter(a -> !a.startsWith("-")).toList();
        String dir = resolve(dirs.isEmpty() ? "~" : dirs.get(0));
        if (software.file(dir).isPresent()) {
            return ShellResult.ok(dirs.get(0) + "\n", software);
        }
        if (!directoryExists(dir, software)) {
            return ShellResult.failed("ls: cannot access '" + dirs.get(0) + "': No such file or directory\n", 2, software);
        }
        String names = software.files().stream().map(ConfiguredFile::path).filter(p -> parentOf(p).equals(dir))
                .map(p -> p.substring(p.lastIndexOf('/') + 1)).collect(Collectors.joining("  "));
        return ShellResult.ok(names.isEmpty() ? "" : names + "\n", software);
    }

    private ShellResult curl(List<String> args, SoftwareConfiguration software) {
        List<String> urls = args.stream().filter(a -> !a.startsWith("-")).toList();
        if (urls.isEmpty()) {
            return ShellResult.failed("curl: try 'curl http://localhost'\n", 2, software);
        }
        String url = urls.get(0).replaceFirst("^https?://", "").replaceFirst("/$", "");
        if (!url.equals("localhost") && !url.equals("127.0.0.1")) {
            return ShellResult.failed("curl: (6) Could not resolve host: " + url + "\n"
                    + "(The simulated instance reaches only itself: try curl http://localhost)\n", 6, software);
        }
        return localWebPage(software, "/").map(page -> ShellResult.ok(page, software))
                .orElseGet(() -> ShellResult.failed("curl: (7) Failed to connect to localhost port 80: Connection refused\n",
                        7, software));
    }

    /** Writes {@code content} to {@code given} if the user (or root) may; empty if the shell refuses. */
    Optional<SoftwareConfiguration> write(String given, String content, boolean append, boolean root, String who,
                                          SoftwareConfiguration software) {
        String path = resolve(given);
        if (!directoryExists(parentOf(path), software) || !(root || writableByUser(path))
                || directoryExists(path, software)) {
            return Optional.empty();
        }
        String next = append ? software.file(path).map(ConfiguredFile::content).orElse("") + content : content;
        boolean isNew = software.file(path).isEmpty();
        if (next.length() > SoftwareConfiguration.MAX_FILE_CHARS
                || isNew && software.files().size() >= SoftwareConfiguration.MAX_FILES) {
            return Optional.empty();
        }
        return Optional.of(software.withFile(new ConfiguredFile(path, next)));
    }

    private ShellResult writeProblem(String given, boolean root, String who, SoftwareConfiguration software) {
        String path = resolve(given);
        String why;
        if (!directoryExists(parentOf(path), software)) {
            why = "No such file or directory";
        } else if (directoryExists(path, software)) {
            why = "Is a directory";
        } else if (!(root || writableByUser(path))) {
            why = "Permission denied";
        } else {
            why = "No space left on device (the simulated disk keeps " + SoftwareConfiguration.MAX_FILES + " files of "
                    + SoftwareConfiguration.MAX_FILE_CHARS + " characters at most)";
        }
        String hint = why.equals("Permission denied") && who.equals("-bash")
                ? "Only root may write there, and a redirection is not run by sudo: try echo 'text' | sudo tee " + given + "\n"
                : why.equals("Permission denied") ? "Only root may write there: try sudo tee " + given + "\n" : "";
        return ShellResult.failed(who + ": " + given + ": " + why + "\n" + hint, 1, software);
    }

    private boolean writableByUser(String path) {
        return path.startsWith(os.home() + "/") || path.startsWith("/tmp/");
    }

    boolean directoryExists(String path, SoftwareConfiguration software) {
        return DIRECTORIES.contains(path) || path.equals(os.home()) || installedWebRoots(software).contains(path);
    }

    /** An absolute path without {@code .} and {@code ..}; {@code ~} and relative paths start at the home folder. */
    String resolve(String given) {
        String absolute = given.equals("~") ? os.home() : given.startsWith("~/") ? os.home() + given.substring(1)
                : given.startsWith("/") ? given : os.home() + "/" + given;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : absolute.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    private String help() {
        String pm = os.packageManager().command();
        var lines = new ArrayList<String>();
        lines.add("This is a simulated shell on " + os.operatingSystem() + ", logged in as " + os.defaultUser() + ".");
        lines.add("What you change here stays on the instance's root device: an image made from it keeps it.");
        lines.add("");
        lines.add("  sudo " + pm + " install -y PACKAGE     install software (sudo: it needs root)");
        lines.add("  sudo " + pm + " remove -y PACKAGE      remove it again");
        if (os.packageManager() == PackageManager.APT) {
            lines.add("  sudo apt update                 refresh the package lists");
            lines.add("  sudo apt upgrade -y             update the operating system's packages");
            lines.add("  apt list --installed            show what is installed");
        } else {
            lines.add("  sudo " + pm + " update -y              update the operating system's packages");
            lines.add("  " + pm + " list installed             show what is installed");
            lines.add("  " + pm + " list available             show what the repositories offer");
        }
        lines.add("  sudo systemctl enable --now SERVICE   start a service now and at every boot");
        lines.add("  systemctl status SERVICE        is it running? will it start at boot?");
        lines.add("  echo 'text' | sudo tee FILE     write a file where only root may (tee -a appends)");
        lines.add("  echo 'text' > FILE              write a file in your home folder or /tmp");
        lines.add("  cat FILE, ls FOLDER             read a file, list a folder");
        lines.add("  curl http://localhost           fetch the page your web server serves");
        lines.add("  history, whoami, hostname, uname -m, clear, exit");
        lines.add("Commands chain with && (stop at the first failure) and ;.");
        return String.join("\n", lines) + "\n";
    }

    /**
     * A change of the installed software needs root, and an answer to the package manager's
     * question, which the simulated shell cannot wait for.
     */
    ShellResult changingPackages(Optional<ShellResult> notRoot, boolean yes, String question,
                                 SoftwareConfiguration software, Supplier<ShellResult> change) {
        if (notRoot.isPresent()) {
            return notRoot.get();
        }
        if (!yes) {
            return ShellResult.failed(question + "(The simulated shell cannot wait for an answer: add -y to say yes up "
                    + "front, as scripts and image recipes do.)\n", 1, software);
        }
        return change.get();
    }

    /** Removing what the system came with would leave an instance the simulator cannot run, so it is refused. */
    ShellResult keepsPreinstalled(String prefix, String name, int exitCode, SoftwareConfiguration software) {
        return ShellResult.failed(prefix + name + " came with " + os.operatingSystem()
                + ": the simulated shell keeps it so that the instance stays usable.\n", exitCode, software);
    }

    /** The packages the repositories offer to this system, by name. */
    List<SoftwarePackage> available() {
        return catalog.packagesOf(os.packageManager());
    }
}
