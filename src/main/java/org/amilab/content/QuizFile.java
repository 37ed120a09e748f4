package org.amilab.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A lesson's {@code quiz.yml}, checked field by field: every problem is reported with the line of
 * the question, choice or field it is about (format: content/README.md, "quiz.yml").
 */
final class QuizFile {

    static final String NAME = "quiz.yml";
    private static final Set<String> TOP_FIELDS = Set.of("pass-mark", "draw", "questions");
    private static final List<String> COMMON = List.of("id", "type", "prompt", "explanation", "section");
    private static final Map<String, List<String>> TYPE_FIELDS = Map.of(
            "single-choice", List.of("choices"),
            "multiple-choice", List.of("choices"),
            "true-false", List.of("answer", "feedback-if-true", "feedback-if-false"),
            "ordering", List.of("items"),
            "matching", List.of("options", "pairs"),
            "numeric", List.of("answer", "unit", "tolerance"),
            "playground", List.of("check"));
    private static final Set<String> CHOICE_FIELDS = Set.of("text", "correct", "feedback");
    private static final Set<String> PAIR_FIELDS = Set.of("item", "match");

    private final YamlDocument doc;
    private final String lessonId;
    private final @Nullable Course course;
    /** Absent when the catalog itself is broken: start-up names that, and playground checks wait for it. */
    private final Optional<ConditionLanguage> conditions;
    private final List<ContentProblem> problems;

    private QuizFile(YamlDocument doc, String lessonId, @Nullable Course course, Optional<ConditionLanguage> conditions,
                     List<ContentProblem> problems) {
        this.doc = doc;
        this.lessonId = lessonId;
        this.course = course;
        this.conditions = conditions;
        this.problems = problems;
    }

    static String path(String lessonId) {
        return "lessons/" + lessonId + "/" + NAME;
    }

    /** The lesson's quiz: empty when it has none, or after adding what is wrong with it to {@code problems}. */
    static Optional<Quiz> load(ContentFiles files, String lessonId, @Nullable Course course,
                               Optional<SimulatorData.Loaded> simulator, List<ContentProblem> problems) {
        String file = path(lessonId);
        Optional<ConditionLanguage> conditions = simulator.map(data -> new ConditionLanguage(data.catalog()));
        return files.read(file).flatMap(text -> YamlDocument.parse(text, file, problems))
                .flatMap(doc -> new QuizFile(doc, lessonId, course, conditions, problems).read());
    }

    private Optional<Quiz> read() {
        int before = problems.size();
        JsonNode root = doc.root();
        unknownFields(root, "", TOP_FIELDS, "the file holds pass-mark, draw and questions");
        JsonNode list = root.path("questions");
        if (!list.isArray() || list.isEmpty()) {
            problems.add(doc.problem("/questions", "'questions' must be a list with at least one question"));
            return Optional.empty();
        }
        var questions = new ArrayList<Question>();
        var ids = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            question(list.get(i), "/questions/" + i, ids).ifPresent(questions::add);
        }
        int passMark = wholeNumber(root, "/pass-mark", 1, 100, "a whole number of per cent from 1 to 100").orElse(100);
        int draw = root.has("draw")
                ? wholeNumber(root, "/draw", 1, list.size(), "how many of the " + list.size()
                        + " questions one attempt asks, from 1 to " + list.size()).orElse(list.size())
                : list.size();
        return problems.size() == before ? Optional.of(new Quiz(lessonId, passMark, draw, questions)) : Optional.empty();
    }

    private Optional<Question> question(JsonNode node, String path, Set<String> ids) {
        if (!node.isObject()) {
            problems.add(doc.problem(path, "a question must be fields such as id, type and prompt"));
            return Optional.empty();
        }
        int before = problems.size();
        String id = text(node, path, "id");
        if (!id.isEmpty() && !ContentLoader.ID.matcher(id).matches()) {
            problems.add(doc.problem(path + "/id", "question id '" + id + "' must be lower-case letters, digits and dashes"));
        } else if (!id.isEmpty() && !ids.add(id)) {
            problems.add(doc.problem(path + "/id", "question id '" + id + "' is used twice in this quiz"));
        }
        String type = node.path("type").asText("");
        @Nullable List<String> typeFields = TYPE_FIELDS.get(type);
        if (typeFields == null) {
            problems.add(doc.problem(path + "/type", "question '" + id + "' has type '" + type + "'; the types are "
                    + String.join(", ", TYPE_FIELDS.keySet().stream().sorted().toList())));
            return Optional.empty();
        }
        var known = new LinkedHashSet<>(COMMON);
        known.addAll(typeFields);
        unknownFields(node, path, known, (type.startsWith("o") ? "an " : "a ") + type + " question has "
                + String.join(", ", known));
        String prompt = text(node, path, "prompt");
        String explanation = text(node, path, "explanation");
        Optional<LessonSection> section = section(node, path);
        // the type's own fields are checked even when the section is wrong, so that one start-up names every problem
        Optional<Function<LessonSection, Question>> built = switch (type) {
            case "single-choice" -> choices(node, path, true).map(choices ->
                    at -> new Question.SingleChoice(id, prompt, choices, explanation, at));
            case "multiple-choice" -> choices(node, path, false).map(choices ->
                    at -> new Question.MultipleChoice(id, prompt, choices, explanation, at));
            case "true-false" -> trueFalse(node, path, id, prompt, explanation);
            case "ordering" -> texts(node, path, "items", 3, "items in the right order").map(items ->
                    at -> new Question.Ordering(id, prompt, items, explanation, at));
            case "matching" -> matching(node, path, id, prompt, explanation);
            case "playground" -> playgroundTask(node, path, id, prompt, explanation);
            default -> numeric(node, path, id, prompt, explanation);
        };
        Optional<Question> question = section.flatMap(at -> built.map(build -> build.apply(at)));
        return problems.size() == before ? question : Optional.empty();
    }

    private Optional<List<Question.Choice>> choices(JsonNode node, String path, boolean exactlyOne) {
        JsonNode list = node.path("choices");
        if (!list.isArray() || list.size() < 2) {
            problems.add(doc.problem(path + "/choices", "'choices' must be a list of at least two choices"));
            return Optional.empty();
        }
        var choices = new ArrayList<Question.Choice>();
        var texts = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + "/choices/" + i;
            JsonNode choice = list.get(i);
            if (!choice.isObject()) {
                problems.add(doc.problem(at, "a choice must have text, feedback and, if it is right, correct: true"));
                continue;
            }
            unknownFields(choice, at, CHOICE_FIELDS, "a choice has text, correct and feedback");
            String text = text(choice, at, "text");
            if (!text.isEmpty() && !texts.add(text)) {
                problems.add(doc.problem(at + "/text", "the choice '" + text + "' is given twice"));
            }
            JsonNode correct = choice.path("correct");
            if (!correct.isMissingNode() && !correct.isBoolean()) {
                problems.add(doc.problem(at + "/correct", "'correct' must be true or false"));
            }
            choices.add(new Question.Choice(text, correct.asBoolean(false), text(choice, at, "feedback")));
        }
        long right = choices.stream().filter(Question.Choice::correct).count();
        if (exactlyOne && right != 1) {
            problems.add(doc.problem(path + "/choices", "a single-choice question needs exactly one choice with"
                    + " correct: true, not " + right));
        } else if (!exactlyOne && right == 0) {
            problems.add(doc.problem(path + "/choices", "a multiple-choice question needs at least one choice with"
                    + " correct: true"));
        }
        return Optional.of(List.copyOf(choices));
    }

    /** A task checked on the learner's playground with the conditions of guided challenges. */
    private Optional<Function<LessonSection, Question>> playgroundTask(JsonNode node, String path, String id,
            String prompt, String explanation) {
        JsonNode list = node.path("check");
        if (!list.isArray() || list.isEmpty()) {
            problems.add(doc.problem(node.has("check") ? path + "/check" : path,
                    "'check' must be a list of at least one condition, as in challenge.yml"));
            return Optional.empty();
        }
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        var check = new ArrayList<Condition>();
        for (int i = 0; i < list.size(); i++) {
            conditions.get().read(doc, list.get(i), path + "/check/" + i, problems).ifPresent(check::add);
        }
        return Optional.of(at -> new Question.PlaygroundTask(id, prompt, check, explanation, at));
    }

    private Optional<Function<LessonSection, Question>> trueFalse(JsonNode node, String path, String id, String prompt,
            String explanation) {
        String ifTrue = text(node, path, "feedback-if-true");
        String ifFalse = text(node, path, "feedback-if-false");
        JsonNode answer = node.path("answer");
        if (!answer.isBoolean()) {
            problems.add(doc.problem(node.has("answer") ? path + "/answer" : path, "'answer' must be true or false"));
            return Optional.empty();
        }
        return Optional.of(at -> new Question.TrueFalse(id, prompt, answer.booleanValue(), ifTrue, ifFalse, explanation,
                at));
    }

    private Optional<Function<LessonSection, Question>> matching(JsonNode node, String path, String id, String prompt,
            String explanation) {
        Optional<List<String>> options = texts(node, path, "options", 2, "what the items are matched to");
        JsonNode list = node.path("pairs");
        if (!list.isArray() || list.size() < 2) {
            problems.add(doc.problem(path + "/pairs", "'pairs' must be a list of at least two items, each with a match"));
            return Optional.empty();
        }
        var pairs = new ArrayList<Question.Matching.Pair>();
        var items = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + "/pairs/" + i;
            JsonNode pair = list.get(i);
            if (!pair.isObject()) {
                problems.add(doc.problem(at, "a pair must have an item and its match"));
                continue;
            }
            unknownFields(pair, at, PAIR_FIELDS, "a pair has item and match");
            String item = text(pair, at, "item");
            String match = text(pair, at, "match");
            if (!item.isEmpty() && !items.add(item)) {
                problems.add(doc.problem(at + "/item", "the item '" + item + "' is given twice"));
            }
            if (!match.isEmpty() && options.filter(known -> !known.contains(match)).isPresent()) {
                problems.add(doc.problem(at + "/match", "'" + match + "' is not one of the options "
                        + options.get()));
            }
            pairs.add(new Question.Matching.Pair(item, match));
        }
        return options.map(known -> at -> new Question.Matching(id, prompt, known, List.copyOf(pairs), explanation, at));
    }

    private Optional<Function<LessonSection, Question>> numeric(JsonNode node, String path, String id, String prompt,
            String explanation) {
        Optional<BigDecimal> answer = number(node, path + "/answer", "'answer' must be a number");
        String unit = text(node, path, "unit");
        BigDecimal tolerance = node.has("tolerance")
                ? number(node, path + "/tolerance", "'tolerance' must be a number of at least 0")
                        .filter(value -> {
                            if (value.signum() < 0) {
                                problems.add(doc.problem(path + "/tolerance", "'tolerance' must be at least 0"));
                            }
                            return value.signum() >= 0;
                        }).orElse(BigDecimal.ZERO)
                : BigDecimal.ZERO;
        return answer.map(value -> at -> new Question.Numeric(id, prompt, value, unit, tolerance, explanation, at));
    }

    private Optional<BigDecimal> number(JsonNode node, String path, String reason) {
        String field = path.substring(path.lastIndexOf('/') + 1);
        JsonNode value = node.path(field);
        if (!value.isNumber()) {
            problems.add(doc.problem(node.has(field) ? path : path.substring(0, path.lastIndexOf('/')), reason));
            return Optional.empty();
        }
        return Optional.of(value.decimalValue());
    }

    private Optional<List<String>> texts(JsonNode node, String path, String field, int atLeast, String what) {
        JsonNode list = node.path(field);
        if (!list.isArray() || list.size() < atLeast) {
            problems.add(doc.problem(path + "/" + field, "'" + field + "' must be a list of at least " + atLeast
                    + " " + what));
            return Optional.empty();
        }
        var texts = new ArrayList<String>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String text = item.isValueNode() ? item.asText().strip() : "";
            if (text.isEmpty()) {
                problems.add(doc.problem(path + "/" + field + "/" + i, "an entry of '" + field + "' must be text"));
            } else if (texts.contains(text)) {
                problems.add(doc.problem(path + "/" + field + "/" + i, "'" + text + "' is given twice in '"
                        + field + "'"));
            }
            texts.add(text);
        }
        return Optional.of(List.copyOf(texts));
    }

    private Optional<LessonSection> section(JsonNode node, String path) {
        String reference = text(node, path, "section");
        return reference.isEmpty() ? Optional.empty() : SectionReference.resolve(reference, course,
                reason -> problems.add(doc.problem(path + "/section", "'section': " + reason)));
    }

    private String text(JsonNode node, String path, String field) {
        return doc.requiredText(node, path, field, problems);
    }

    private Optional<Integer> wholeNumber(JsonNode node, String path, int min, int max, String what) {
        JsonNode value = node.path(path.substring(1));
        if (!value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
            problems.add(doc.problem(node.has(path.substring(1)) ? path : "", "'" + path.substring(1) + "' must be " + what));
            return Optional.empty();
        }
        return Optional.of(value.asInt());
    }

    private void unknownFields(JsonNode node, String path, Set<String> known, String hint) {
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                problems.add(doc.problem(path + "/" + field, "unknown field '" + field + "' (" + hint + ")"));
            }
        });
    }
}
