package org.amilab.content;

import java.util.List;
import java.util.Optional;

/** A lesson file split into its YAML front matter (between two '---' lines) and Markdown body. */
record FrontMatter(String yaml, String body, int bodyLine) {

    private static final String FENCE = "---";

    static Optional<FrontMatter> split(String source, String file, List<ContentProblem> problems) {
        String[] lines = source.replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            problems.add(new ContentProblem(file, 1, "the file must start with front matter: a line '---', "
                    + "the fields id, title, summary, objectives and minutes, and another line '---'"));
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return Optional.of(new FrontMatter(yaml, body, i + 2));
            }
        }
        problems.add(new ContentProblem(file, 1, "the front matter is not closed by a line '---'"));
        return Optional.empty();
    }
}
