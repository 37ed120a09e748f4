package org.amilab.simulator;

/** A file the learner wrote on an instance, with its whole content. */
public record ConfiguredFile(String path, String content) {

    public ConfiguredFile {
        Require.text(path, "path");
        Require.present(content, "content of " + path);
        Require.that(content.length() <= SoftwareConfiguration.MAX_FILE_CHARS, path + " holds more than "
                + SoftwareConfiguration.MAX_FILE_CHARS + " characters");
    }
}
