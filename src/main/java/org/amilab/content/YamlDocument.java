package org.amilab.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed YAML file that knows the line of every field and list item, so that a problem deep in
 * a quiz (the third choice of the twelfth question) is reported where it is, not where its name
 * first appears in the file.
 */
final class YamlDocument {

    private final String file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlDocument(String file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /** The document, or empty after adding its syntax error (or its lack of fields) to {@code problems}. */
    static Optional<YamlDocument> parse(String yaml, String file, List<ContentProblem> problems) {
        return YamlText.parse(yaml, file, 1, problems).map(root -> new YamlDocument(file, root, linesOf(yaml)));
    }

    JsonNode root() {
        return root;
    }

    /** The line of the node at {@code path} (a JSON pointer such as {@code /questions/3/choices}), or of its nearest parent. */
    int line(String path) {
        for (String at = path; ; at = at.substring(0, at.lastIndexOf('/'))) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            if (at.isEmpty()) {
                return 1;
            }
        }
    }

    ContentProblem problem(String path, String reason) {
        return new ContentProblem(file, line(path), reason);
    }

    String file() {
        return file;
    }

    /** A required text field of {@code node} (at {@code path}): its stripped value, or "" after saying it is missing. */
    String requiredText(JsonNode node, String path, String field, List<ContentProblem> problems) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            problems.add(problem(node.has(field) ? path + "/" + field : path, "'" + field + "' is required and must be text"));
            return "";
        }
        return value.asText().strip();
    }

    private static Map<String, Integer> linesOf(String yaml) {
        var lines = new HashMap<String, Integer>();
        try (JsonParser parser = YamlText.MAPPER.createParser(yaml)) {
            if (parser.nextToken() != null) {
                walk(parser, "", lines);
            }
        } catch (IOException e) {
            // the tree was read from the same text a moment ago, so this cannot be a syntax error
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static void walk(JsonParser parser, String path, Map<String, Integer> lines) throws IOException {
        lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String child = path + "/" + parser.currentName().replace("~", "~0").replace("/", "~1");
                lines.put(child, parser.currentTokenLocation().getLineNr());
                parser.nextToken();
                walk(parser, child, lines);
            }
        } else if (parser.currentToken() == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                walk(parser, path + "/" + index++, lines);
            }
        }
    }
}
