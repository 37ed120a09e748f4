package org.amilab.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the shipped content in a temporary folder, for tests that break or edit one file. */
final class ContentFixture {

    static final Path SHIPPED = Path.of("content");

    private final Path root;

    ContentFixture(Path root) {
        this.root = root;
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = root.resolve(SHIPPED.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFiles files() {
        return ContentFiles.folder(root);
    }

    Path root() {
        return root;
    }

    /** Replaces the first occurrence of {@code from} in the file; fails if it is not there. */
    ContentFixture replace(String file, String from, String to) {
        try {
            Path path = root.resolve(file);
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every lesson's challenge.yml, for a test about one challenge file of its own. */
    ContentFixture withoutChallenges() {
        try (Stream<Path> files = Files.walk(root.resolve("lessons"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().equals("challenge.yml"))::iterator) {
                Files.delete(file);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture delete(String file) {
        try {
            Files.delete(root.resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture write(String file, String text) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture writeBytes(String file, byte[] content) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.write(root.resolve(file), content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What start-up would report about the fixture's content; fails if the content is accepted. */
    java.util.List<ContentProblem> problems() {
        var error = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidContentException.class,
                () -> new ContentLoader().load(files()));
        org.assertj.core.api.Assertions.assertThat(error).as("the broken content is refused").isNotNull();
        return error.problems();
    }

    /** Asserts a problem is about {@code file}, at {@code line}, for a reason containing {@code reason}. */
    static void assertProblem(ContentProblem problem, String file, int line, String reason) {
        org.assertj.core.api.Assertions.assertThat(problem.file()).isEqualTo(file);
        org.assertj.core.api.Assertions.assertThat(problem.reason()).contains(reason);
        org.assertj.core.api.Assertions.assertThat(problem.line()).isEqualTo(line);
    }

    /** The line number (from 1) of the first line containing {@code text} in a file of the fixture. */
    int lineOf(String file, String text) {
        try {
            var lines = Files.readAllLines(root.resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException(file + " has no line with " + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
