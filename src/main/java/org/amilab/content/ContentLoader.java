package org.amilab.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.amilab.simulator.Catalog;
import org.amilab.simulator.ComponentCatalog;
import org.jspecify.annotations.Nullable;

/**
 * Reads content/course.yml and every lesson it lists with its quiz, review cards and challenge, the playground's
 * data and the explanations of its refusals, checks them as a whole, and either returns the content or throws with every problem
 * found (not just the first), each with file and line.
 */
final class ContentLoader {

    static final String COURSE_FILE = "course.yml";
    /** The form of every permanent id in the content: lessons, modules, questions, cards. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Set<String> LESSON_FIELDS = Set.of("id", "title", "summary", "objectives", "minutes",
            "playground");
    private static final int MAX_MINUTES = 120;

    private final LessonRenderer renderer = new LessonRenderer();

    LoadedContent load(ContentFiles files) {
        var problems = new ArrayList<ContentProblem>();
        @Nullable Course course = files.read(COURSE_FILE)
                .map(text -> readCourse(text, files, problems))
                .orElseGet(() -> {
                    problems.add(new ContentProblem(COURSE_FILE, 1, "file not found in " + files));
                    return null;
                });
        int beforeData = problems.size();
        Optional<SimulatorData.Loaded> data = SimulatorData.load(files, problems);
        // a catalog or price book with problems cannot try a challenge's setup; those problems are named already
        Optional<SimulatorData.Loaded> sound = problems.size() == beforeData ? data : Optional.empty();
        Optional<RefusalsFile> refusals = RefusalsFile.load(files, course, problems);
        Optional<ComponentCatalog> components = ComponentsFile.load(files, problems);
        if (course != null && data.isPresent()) {
            checkPlaygroundLinks(course, data.get().catalog(), files, problems);
        }
        var quizzes = new LinkedHashMap<String, Quiz>();
        var cards = new ArrayList<ReviewCard>();
        var challenges = new LinkedHashMap<String, Challenge>();
        if (course != null) {
            var cardIds = new HashMap<String, String>();
            for (Lesson lesson : course.lessons()) {
                QuizFile.load(files, lesson.id(), course, sound, problems).ifPresent(quiz -> quizzes.put(lesson.id(), quiz));
                cards.addAll(CardsFile.load(files, lesson.id(), course, cardIds, problems));
                sound.flatMap(simulator -> ChallengeFile.load(files, lesson.id(), simulator, problems))
                        .ifPresent(challenge -> challenges.put(lesson.id(), challenge));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        return new LoadedContent(course, data.get().catalog(), data.get().prices(), refusals.orElseThrow(),
                Map.copyOf(quizzes), List.copyOf(cards), Map.copyOf(challenges), components.orElseThrow());
    }

    /** A lesson's "try it" link must preselect a region and an AMI that the playground really has. */
    private static void checkPlaygroundLinks(Course course, Catalog catalog, ContentFiles files,
            List<ContentProblem> problems) {
        for (Lesson lesson : course.lessons()) {
            lesson.playground().ifPresent(link -> {
                String file = "lessons/" + lesson.id() + "/lesson.md";
                int line = YamlText.lineOf(files.read(file).orElse(""), "playground", 1);
                Map<String, String> query = query(link);
                String ami = query.get("ami");
                if (ami != null && catalog.ami(ami).isEmpty()) {
                    problems.add(new ContentProblem(file, line, "playground link names AMI " + ami
                            + ", which is not in " + SimulatorData.AMIS));
                }
                String region = query.get("region");
                if (region != null && catalog.regions().stream().noneMatch(r -> r.code().equals(region))) {
                    problems.add(new ContentProblem(file, line, "playground link names region " + region
                            + ", which is not in " + SimulatorData.REGIONS));
                }
                if (ami != null && region != null && catalog.ami(ami).filter(a -> !a.region().equals(region)).isPresent()) {
                    problems.add(new ContentProblem(file, line, "AMI " + ami + " lives in "
                            + catalog.ami(ami).get().region() + ", not in " + region));
                }
            });
        }
    }

    private static Map<String, String> query(String link) {
        int question = link.indexOf('?');
        var parameters = new LinkedHashMap<String, String>();
        if (question >= 0) {
            for (String pair : link.substring(question + 1).split("&")) {
                String[] keyValue = pair.split("=", 2);
                parameters.put(keyValue[0], keyValue.length > 1 ? keyValue[1] : "");
            }
        }
        return parameters;
    }

    private @Nullable Course readCourse(String text, ContentFiles files, List<ContentProblem> problems) {
        @Nullable JsonNode root = YamlText.parse(text, COURSE_FILE, 1, problems).orElse(null);
        if (root == null) {
            return null;
        }
        String title = requiredText(root, "title", text, COURSE_FILE, 1, problems);
        JsonNode modules = root.path("modules");
        if (!modules.isArray() || modules.isEmpty()) {
            problems.add(new ContentProblem(COURSE_FILE, YamlText.lineOf(text, "modules", 1),
                    "'modules' must be a list with at least one module"));
            return null;
        }
        var lessons = new LinkedHashMap<String, ParsedLesson>();
        var moduleIds = new HashSet<String>();
        var result = new ArrayList<ModuleDraft>();
        for (JsonNode module : modules) {
            result.add(readModule(module, text, files, moduleIds, lessons, problems));
        }
        checkLessonLinks(lessons, problems);
        var built = result.stream()
                .map(draft -> new CourseModule(draft.id(), draft.title(), draft.lessonIds().stream()
                        .map(lessons::get).filter(java.util.Objects::nonNull).map(ParsedLesson::lesson).toList()))
                .toList();
        return new Course(title, built);
    }

    private record ModuleDraft(String id, String title, List<String> lessonIds) {
    }

    private record ParsedLesson(Lesson lesson, String file, List<LessonRenderer.LessonLink> links) {
    }

    private ModuleDraft readModule(JsonNode module, String text, ContentFiles files, Set<String> moduleIds,
            Map<String, ParsedLesson> lessons, List<ContentProblem> problems) {
        String id = module.path("id").asText("").strip();
        int line = id.isEmpty() ? YamlText.lineOf(text, "modules", 1) : YamlText.lineContaining(text, "id: " + id, 1);
        if (!ID.matcher(id).matches()) {
            problems.add(new ContentProblem(COURSE_FILE, line,
                    "module id '" + id + "' must be lower-case letters, digits and dashes"));
        } else if (!moduleIds.add(id)) {
            problems.add(new ContentProblem(COURSE_FILE, line, "module id '" + id + "' is used twice"));
        }
        String title = module.path("title").asText("").strip();
        if (title.isEmpty()) {
            problems.add(new ContentProblem(COURSE_FILE, line, "module '" + id + "' needs a title"));
        }
        var lessonIds = new ArrayList<String>();
        JsonNode listed = module.path("lessons");
        if (!listed.isArray() || listed.isEmpty()) {
            problems.add(new ContentProblem(COURSE_FILE, line, "module '" + id + "' must list at least one lesson"));
        }
        for (JsonNode lessonId : listed) {
            String lesson = lessonId.asText("");
            int lessonLine = YamlText.lineContaining(text, lesson, line);
            if (lessons.containsKey(lesson) || lessonIds.contains(lesson)) {
                problems.add(new ContentProblem(COURSE_FILE, lessonLine, "lesson '" + lesson + "' is listed twice"));
                continue;
            }
            lessonIds.add(lesson);
            readLesson(lesson, lessonLine, files, problems).ifPresent(parsed -> lessons.put(lesson, parsed));
        }
        return new ModuleDraft(id, title, lessonIds);
    }

    private Optional<ParsedLesson> readLesson(String id, int listedAt, ContentFiles files, List<ContentProblem> problems) {
        if (!ID.matcher(id).matches()) {
            problems.add(new ContentProblem(COURSE_FILE, listedAt,
                    "lesson id '" + id + "' must be lower-case letters, digits and dashes"));
            return Optional.empty();
        }
        String file = "lessons/" + id + "/lesson.md";
        Optional<String> source = files.read(file);
        if (source.isEmpty()) {
            problems.add(new ContentProblem(COURSE_FILE, listedAt, "lesson '" + id + "' has no file " + file));
            return Optional.empty();
        }
        return FrontMatter.split(source.get(), file, problems).flatMap(split ->
                YamlText.parse(split.yaml(), file, 2, problems).map(meta -> lessonFrom(id, meta, split, file, files, problems)));
    }

    private ParsedLesson lessonFrom(String folderId, JsonNode meta, FrontMatter split, String file, ContentFiles files,
            List<ContentProblem> problems) {
        String yaml = split.yaml();
        meta.fieldNames().forEachRemaining(field -> {
            if (!LESSON_FIELDS.contains(field)) {
                problems.add(new ContentProblem(file, YamlText.lineOf(yaml, field, 2),
                        "unknown field '" + field + "' (known fields: " + String.join(", ", LESSON_FIELDS.stream().sorted().toList()) + ")"));
            }
        });
        @Nullable String id = requiredText(meta, "id", yaml, file, 2, problems);
        if (id != null && !id.equals(folderId)) {
            problems.add(new ContentProblem(file, YamlText.lineOf(yaml, "id", 2),
                    "id '" + id + "' must be the same as the folder name '" + folderId + "'"));
        }
        @Nullable String title = requiredText(meta, "title", yaml, file, 2, problems);
        String summary = requiredText(meta, "summary", yaml, file, 2, problems);
        List<String> objectives = objectives(meta, yaml, file, problems);
        int minutes = minutes(meta, yaml, file, problems);
        Optional<String> playground = playground(meta, yaml, file, problems);
        var rendered = renderer.render(folderId, split.body(), split.bodyLine(), file, files, problems);
        if (rendered.sections().isEmpty()) {
            problems.add(new ContentProblem(file, split.bodyLine(), "the lesson needs at least one '## ' heading"));
        }
        var lesson = new Lesson(folderId, title, summary, objectives, minutes, playground, rendered.html(),
                rendered.sections());
        return new ParsedLesson(lesson, file, rendered.links());
    }

    private static void checkLessonLinks(Map<String, ParsedLesson> lessons, List<ContentProblem> problems) {
        lessons.values().forEach(parsed -> parsed.links().forEach(link -> {
            ParsedLesson target = lessons.get(link.lessonId());
            if (target == null) {
                problems.add(new ContentProblem(parsed.file(), link.line(),
                        "link to lesson '" + link.lessonId() + "', which is not in course.yml"));
            } else {
                LessonRenderer.anchorProblem(target.lesson(), link.anchor())
                        .ifPresent(reason -> problems.add(new ContentProblem(parsed.file(), link.line(), reason)));
            }
        }));
    }

    private static @Nullable String requiredText(JsonNode node, String field, String yaml, String file, int firstLine,
            List<ContentProblem> problems) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            problems.add(new ContentProblem(file, YamlText.lineOf(yaml, field, firstLine),
                    "'" + field + "' is required and must be text"));
            return null;
        }
        return value.asText().strip();
    }

    private static List<String> objectives(JsonNode meta, String yaml, String file, List<ContentProblem> problems) {
        JsonNode list = meta.get("objectives");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(new ContentProblem(file, YamlText.lineOf(yaml, "objectives", 2),
                    "'objectives' is required: a list of what the learner will be able to do"));
            return List.of();
        }
        var objectives = new ArrayList<String>();
        list.forEach(item -> objectives.add(item.asText().strip()));
        if (objectives.stream().anyMatch(String::isEmpty)) {
            problems.add(new ContentProblem(file, YamlText.lineOf(yaml, "objectives", 2), "an objective is empty"));
        }
        return List.copyOf(objectives);
    }

    private static int minutes(JsonNode meta, String yaml, String file, List<ContentProblem> problems) {
        JsonNode minutes = meta.get("minutes");
        if (minutes == null || !minutes.canConvertToInt() || !minutes.isIntegralNumber()
                || minutes.asInt() < 1 || minutes.asInt() > MAX_MINUTES) {
            problems.add(new ContentProblem(file, YamlText.lineOf(yaml, "minutes", 2),
                    "'minutes' is required: a whole number of reading minutes from 1 to " + MAX_MINUTES));
            return 1;
        }
        return minutes.asInt();
    }

    private static Optional<String> playground(JsonNode meta, String yaml, String file, List<ContentProblem> problems) {
        JsonNode link = meta.get("playground");
        if (link == null || link.isNull()) {
            return Optional.empty();
        }
        String value = link.asText("").strip();
        if (!value.matches("/[a-z][a-z0-9/-]*(\\?[A-Za-z0-9=&._-]*)?")) {
            problems.add(new ContentProblem(file, YamlText.lineOf(yaml, "playground", 2),
                    "'playground' must be an address in AMI Lab such as /playground?ami=ami-0123456789abcdef0"));
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
