package org.amilab.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A lesson's {@code cards.yml}: its key takeaways as review cards (format: content/README.md,
 * "cards.yml"). Card ids are permanent and unique in the whole course, as review histories refer to them.
 */
final class CardsFile {

    static final String NAME = "cards.yml";
    private static final Set<String> CARD_FIELDS = Set.of("id", "front", "back", "section", "reverse");
    private static final Set<String> SIDE_FIELDS = Set.of("front", "back");

    private final YamlDocument doc;
    private final @Nullable Course course;
    private final Map<String, String> seenIds;
    private final List<ContentProblem> problems;

    private CardsFile(YamlDocument doc, @Nullable Course course, Map<String, String> seenIds,
            List<ContentProblem> problems) {
        this.doc = doc;
        this.course = course;
        this.seenIds = seenIds;
        this.problems = problems;
    }

    static String path(String lessonId) {
        return "lessons/" + lessonId + "/" + NAME;
    }

    /**
     * The lesson's cards (none when it has no file), adding what is wrong to {@code problems};
     * {@code seenIds} maps the card ids of the files read before to their file.
     */
    static List<ReviewCard> load(ContentFiles files, String lessonId, @Nullable Course course,
            Map<String, String> seenIds, List<ContentProblem> problems) {
        String file = path(lessonId);
        return files.read(file).flatMap(text -> YamlDocument.parse(text, file, problems))
                .map(doc -> new CardsFile(doc, course, seenIds, problems).read())
                .orElse(List.of());
    }

    private List<ReviewCard> read() {
        JsonNode root = doc.root();
        root.fieldNames().forEachRemaining(field -> {
            if (!field.equals("cards")) {
                problems.add(doc.problem("/" + field, "unknown field '" + field + "' (the file holds 'cards' only)"));
            }
        });
        JsonNode list = root.path("cards");
        if (!list.isArray() || list.isEmpty()) {
            problems.add(doc.problem("/cards", "'cards' must be a list with at least one card"));
            return List.of();
        }
        var cards = new ArrayList<ReviewCard>();
        for (int i = 0; i < list.size(); i++) {
            cards.addAll(card(list.get(i), "/cards/" + i));
        }
        return List.copyOf(cards);
    }

    private List<ReviewCard> card(JsonNode node, String path) {
        if (!node.isObject()) {
            problems.add(doc.problem(path, "a card must have an id, a front, a back and a section"));
            return List.of();
        }
        int before = problems.size();
        node.fieldNames().forEachRemaining(field -> {
            if (!CARD_FIELDS.contains(field)) {
                problems.add(doc.problem(path + "/" + field, "unknown field '" + field
                        + "' (a card has id, front, back, section and reverse)"));
            }
        });
        String id = text(node, path, "id");
        if (!id.isEmpty() && !ContentLoader.ID.matcher(id).matches()) {
            problems.add(doc.problem(path + "/id", "card id '" + id + "' must be lower-case letters, digits and dashes"));
        } else if (!id.isEmpty()) {
            String earlier = seenIds.putIfAbsent(id, doc.file());
            if (earlier != null) {
                problems.add(doc.problem(path + "/id", "card id '" + id + "' is also used in " + earlier
                        + "; card ids must be unique in the course"));
            }
        }
        String front = text(node, path, "front");
        String back = text(node, path, "back");
        String reference = text(node, path, "section");
        Optional<LessonSection> section = reference.isEmpty() ? Optional.empty() : SectionReference.resolve(reference,
                course, reason -> problems.add(doc.problem(path + "/section", "'section': " + reason)));
        @Nullable JsonNode reverse = node.get("reverse");
        String reverseFront = "";
        String reverseBack = "";
        if (reverse != null) {
            if (!reverse.isObject()) {
                problems.add(doc.problem(path + "/reverse", "'reverse' must have a front and a back"));
            } else {
                reverse.fieldNames().forEachRemaining(field -> {
                    if (!SIDE_FIELDS.contains(field)) {
                        problems.add(doc.problem(path + "/reverse/" + field, "unknown field '" + field
                                + "' (the reverse side has front and back)"));
                    }
                });
                reverseFront = text(reverse, path + "/reverse", "front");
                reverseBack = text(reverse, path + "/reverse", "back");
            }
        }
        if (problems.size() > before || section.isEmpty()) {
            return List.of();
        }
        var card = new ReviewCard(id, front, back, section.get());
        return reverse == null ? List.of(card)
                : List.of(card, new ReviewCard(id + ReviewCard.REVERSE, reverseFront, reverseBack, section.get()));
    }

    private String text(JsonNode node, String path, String field) {
        return doc.requiredText(node, path, field, problems);
    }
}
