package org.amilab.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the content comes from: a folder on disk (an instructor's, or the repository's during
 * development) or the copy shipped inside the jar. Paths are relative to the content root, with '/'.
 */
interface ContentFiles {

    /** The file's bytes, or empty when there is no such file below the content root. */
    Optional<byte[]> bytes(String relativePath);

    default Optional<String> read(String relativePath) {
        return bytes(relativePath).map(content -> new String(content, StandardCharsets.UTF_8));
    }

    /** A stamp that changes when any file changes; empty for content that cannot change (the jar). */
    Optional<Long> changeStamp();

    static ContentFiles folder(Path root) {
        return new ContentFiles() {
            @Override
            public Optional<byte[]> bytes(String relativePath) {
                Path file = root.resolve(relativePath).normalize();
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file, e);
                }
            }

            @Override
            public Optional<Long> changeStamp() {
                try (Stream<Path> files = Files.walk(root)) {
                    return Optional.of(files.filter(Files::isRegularFile).mapToLong(ContentFiles::modified)
                            .reduce(17, (stamp, modified) -> 31 * stamp + modified));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + root, e);
                }
            }

            @Override
            public String toString() {
                return root.toString();
            }
        };
    }

    static ContentFiles classpath(String prefix) {
        return new ContentFiles() {
            @Override
            public Optional<byte[]> bytes(String relativePath) {
                if (relativePath.contains("..")) {
                    return Optional.empty();
                }
                try (InputStream in = ContentFiles.class.getClassLoader().getResourceAsStream(prefix + relativePath)) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + prefix + relativePath, e);
                }
            }

            @Override
            public Optional<Long> changeStamp() {
                return Optional.empty();
            }

            @Override
            public String toString() {
                return "classpath:" + prefix;
            }
        };
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() ^ Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the time of " + file, e);
        }
    }
}
