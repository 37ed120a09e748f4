package org.amilab.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Optional;

/** YAML read for validation: a syntax error becomes a problem at its line, not an exception. */
final class YamlText {

    /** A key given twice would silently keep the last value: it is a mistake in the file, reported at its line. */
    static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private YamlText() {
    }

    /** The parsed tree, or empty after adding the syntax error to {@code problems}. */
    static Optional<JsonNode> parse(String yaml, String file, int firstLine, List<ContentProblem> problems) {
        try {
            JsonNode tree = MAPPER.readTree(yaml);
            if (tree == null || !tree.isObject()) {
                problems.add(new ContentProblem(file, firstLine, "expected YAML fields (key: value), found none"));
                return Optional.empty();
            }
            return Optional.of(tree);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            problems.add(new ContentProblem(file, firstLine - 1 + Math.max(line, 1),
                    "not valid YAML: " + e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    /** The line (counted from {@code firstLine}) where {@code key:} first appears, for problems about that field. */
    static int lineOf(String yaml, String key, int firstLine) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].stripLeading();
            if (stripped.startsWith(key + ":") || stripped.startsWith("- " + key + ":")) {
                return firstLine + i;
            }
        }
        return firstLine;
    }

    /** The first line at or after {@code fromLine} (counted from 1) where {@code text} appears, e.g. an id in a list. */
    static int lineContaining(String yaml, String text, int fromLine) {
        String[] lines = yaml.split("\n", -1);
        for (int i = Math.max(fromLine - 1, 0); i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        return fromLine;
    }
}
