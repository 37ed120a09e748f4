package org.amilab.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amilab.simulator.Ec2Error;
import org.amilab.simulator.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * {@code content/refusals.yml}, checked against the simulator's refusals and the course: every
 * refusal has an explanation, each placeholder names a value that refusal is told about, and each
 * lesson reference is a heading of a lesson in the course.
 */
final class RefusalsFile implements RefusalExplanations {

    static final String FILE = "refusals.yml";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> FIELDS = Set.of("explanation", "lesson");

    private record Entry(String explanation, LessonSection lesson) {
    }

    private final Map<Refusal, Entry> entries;

    private RefusalsFile(Map<Refusal, Entry> entries) {
        this.entries = entries;
    }

    static String keyOf(Refusal refusal) {
        return refusal.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The explanations, or empty after adding what is wrong to {@code problems}; {@code course} is null when it is broken itself. */
    static Optional<RefusalsFile> load(ContentFiles files, @Nullable Course course, List<ContentProblem> problems) {
        Optional<String> source = files.read(FILE);
        if (source.isEmpty()) {
            problems.add(new ContentProblem(FILE, 1, "file not found in " + files));
            return Optional.empty();
        }
        String text = source.get();
        @Nullable JsonNode root = YamlText.parse(text, FILE, 1, problems).orElse(null);
        if (root == null) {
            return Optional.empty();
        }
        root.fieldNames().forEachRemaining(field -> {
            if (!field.equals("refusals")) {
                problems.add(new ContentProblem(FILE, YamlText.lineOf(text, field, 1), "unknown field '" + field
                        + "' (the file holds 'refusals' only)"));
            }
        });
        JsonNode refusals = root.path("refusals");
        if (!refusals.isObject()) {
            problems.add(new ContentProblem(FILE, YamlText.lineOf(text, "refusals", 1),
                    "'refusals' must map each refusal to its explanation and lesson"));
            return Optional.empty();
        }
        int before = problems.size();
        var byKey = new LinkedHashMap<String, Refusal>();
        Stream.of(Refusal.values()).forEach(refusal -> byKey.put(keyOf(refusal), refusal));
        var entries = new EnumMap<Refusal, Entry>(Refusal.class);
        refusals.fields().forEachRemaining(field -> {
            int line = YamlText.lineOf(text, field.getKey(), 1);
            Refusal refusal = byKey.get(field.getKey());
            if (refusal == null) {
                problems.add(new ContentProblem(FILE, line, "'" + field.getKey() + "' is not a refusal of the playground"));
                return;
            }
            entry(refusal, field.getValue(), text, line, course, problems).ifPresent(entry -> entries.put(refusal, entry));
        });
        byKey.forEach((key, refusal) -> {
            if (!refusals.has(key)) {
                problems.add(new ContentProblem(FILE, YamlText.lineOf(text, "refusals", 1), "no explanation for '" + key
                        + "' (EC2's " + refusal.code() + ", told " + describe(refusal.parameters()) + ")"));
            }
        });
        return problems.size() == before ? Optional.of(new RefusalsFile(entries)) : Optional.empty();
    }

    private static Optional<Entry> entry(Refusal refusal, JsonNode node, String text, int line, @Nullable Course course,
            List<ContentProblem> problems) {
        String key = keyOf(refusal);
        if (!node.isObject()) {
            problems.add(new ContentProblem(FILE, line, "'" + key + "' needs an explanation and a lesson"));
            return Optional.empty();
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new ContentProblem(FILE, fieldLine(text, name, line), "unknown field '" + name
                        + "' in '" + key + "' (known fields: explanation, lesson)"));
            }
        });
        String explanation = node.path("explanation").asText("").strip();
        int explanationLine = fieldLine(text, "explanation", line);
        if (explanation.isEmpty()) {
            problems.add(new ContentProblem(FILE, explanationLine, "'" + key + "' needs an explanation"));
        }
        Matcher placeholder = PLACEHOLDER.matcher(explanation);
        while (placeholder.find()) {
            if (!refusal.parameters().contains(placeholder.group(1))) {
                problems.add(new ContentProblem(FILE, explanationLine, "{" + placeholder.group(1) + "} is not a value '"
                        + key + "' is told about; it is told " + describe(refusal.parameters())));
            }
        }
        Optional<LessonSection> lesson = section(node.path("lesson").asText(""), key, fieldLine(text, "lesson", line),
                course, problems);
        return lesson.map(section -> new Entry(explanation, section));
    }

    private static Optional<LessonSection> section(String reference, String key, int line, @Nullable Course course,
            List<ContentProblem> problems) {
        return SectionReference.resolve(reference, course, reason -> problems.add(new ContentProblem(FILE, line,
                reason.startsWith("needs") ? "'" + key + "' " + reason : reason)));
    }

    /** The line of {@code field} in the entry that starts at {@code entryLine}. */
    private static int fieldLine(String text, String field, int entryLine) {
        String[] lines = text.split("\n", -1);
        for (int i = entryLine; i < lines.length && lines[i].startsWith("    "); i++) {
            if (lines[i].stripLeading().startsWith(field + ":")) {
                return i + 1;
            }
        }
        return entryLine;
    }

    private static String describe(List<String> parameters) {
        return parameters.isEmpty() ? "no values" : parameters.stream().map(name -> "{" + name + "}")
                .reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    @Override
    public Explanation explain(Ec2Error error) {
        Entry entry = entries.get(error.reason());
        Matcher placeholder = PLACEHOLDER.matcher(entry.explanation());
        String text = placeholder.replaceAll(found -> Matcher.quoteReplacement(
                error.values().getOrDefault(found.group(1), found.group())));
        return new Explanation(text, entry.lesson());
    }

    @Override
    public List<LessonSection> sectionsTeaching(String code) {
        var firstPerLesson = new LinkedHashMap<String, LessonSection>();
        entries.forEach((refusal, entry) -> {
            if (refusal.code().equals(code)) {
                firstPerLesson.putIfAbsent(entry.lesson().lessonId(), entry.lesson());
            }
        });
        return List.copyOf(firstPerLesson.values());
    }
}
