package org.amilab.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amilab.simulator.Catalog;
import org.amilab.simulator.ComponentCatalog;
import org.amilab.simulator.Ec2Error;
import org.amilab.simulator.PriceBook;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The course, loaded and checked once at start-up (a broken file stops start-up). When the content
 * comes from a folder on disk, an edited file is picked up on the next request, at most one check a
 * second; if the edit breaks the content, the last good course stays and the problems are logged.
 */
@Service
public class ContentService implements RefusalExplanations {

    private static final Logger log = LoggerFactory.getLogger(ContentService.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    private static final int SNIPPET_CONTEXT = 60;
    private static final int MAX_HITS = 30;
    private static final String LIFECYCLE_LESSON = "instance-lifecycle";

    private final ContentFiles files;
    private final ContentLoader loader = new ContentLoader();
    private final Clock clock;
    private volatile LoadedContent loaded;
    private volatile Optional<Long> loadedStamp;
    private volatile Instant lastCheck;

    @Autowired
    ContentService(ContentProperties properties, Clock clock) {
        this(filesFor(properties), clock);
    }

    ContentService(ContentFiles files, Clock clock) {
        this.files = files;
        this.clock = clock;
        this.loadedStamp = files.changeStamp();
        this.loaded = loader.load(files);
        this.lastCheck = clock.instant();
        log.info("Loaded {} lessons, {} quiz questions, {} review cards, {} challenges, {} AMIs and {} instance types"
                        + " from {}", loaded.course().lessons().size(),
                loaded.quizzes().values().stream().mapToInt(quiz -> quiz.questions().size()).sum(),
                loaded.cards().size(), loaded.challenges().size(), loaded.catalog().amis().size(), loaded.catalog().instanceTypes().size(), files);
    }

    public Course course() {
        return current().course();
    }

    /** Regions, instance types and published AMIs of the playground. */
    public Catalog catalog() {
        return current().catalog();
    }

    /** The EC2 Image Builder components AMI Lab ships. */
    public ComponentCatalog components() {
        return current().components();
    }

    /** The illustrative prices the playground charges. */
    public PriceBook prices() {
        return current().prices();
    }

    @Override
    public Explanation explain(Ec2Error error) {
        return current().refusals().explain(error);
    }

    @Override
    public List<LessonSection> sectionsTeaching(String code) {
        return current().refusals().sectionsTeaching(code);
    }

    private LoadedContent current() {
        reloadIfChanged();
        return loaded;
    }

    public Optional<Lesson> lesson(String id) {
        return course().lesson(id);
    }

    /** The quiz of a lesson, if it has one. */
    public Optional<Quiz> quiz(String lessonId) {
        return Optional.ofNullable(current().quizzes().get(lessonId));
    }

    /** The quizzes of the course, in lesson order. */
    public List<Quiz> quizzes() {
        LoadedContent content = current();
        return content.course().lessons().stream().map(lesson -> content.quizzes().get(lesson.id()))
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The guided challenge of a lesson, if it has one; its id is the lesson's. */
    public Optional<Challenge> challenge(String lessonId) {
        return Optional.ofNullable(current().challenges().get(lessonId));
    }

    /** The guided challenges of the course, in lesson order. */
    public List<Challenge> challenges() {
        LoadedContent content = current();
        return content.course().lessons().stream().map(lesson -> content.challenges().get(lesson.id()))
                .filter(java.util.Objects::nonNull).toList();
    }

    /** Every review card of the course, in lesson order, each reverse side after its front. */
    public List<ReviewCard> cards() {
        return current().cards();
    }

    /**
     * The lifecycle diagram of the lesson on the instance lifecycle, as sanitized inline SVG, so the
     * playground can show the very figure the learner read, with the instance's state marked.
     */
    public Optional<String> lifecycleDiagram() {
        return lesson(LIFECYCLE_LESSON).map(lesson -> Jsoup.parseBodyFragment(lesson.html()).selectFirst("figure svg"))
                .map(svg -> svg.outerHtml());
    }

    /** A file from a lesson's own folder, for the pictures beside its text. */
    Optional<byte[]> lessonFile(String lessonId, String name) {
        return lesson(lessonId).flatMap(lesson -> files.bytes("lessons/" + lessonId + "/" + name));
    }

    /** Lessons whose title or text contains the words, in course order, with the matching passage. */
    public List<SearchHit> search(String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        var hits = new ArrayList<SearchHit>();
        if (needle.length() < 2) {
            return hits;
        }
        for (Lesson lesson : course().lessons()) {
            if (lesson.title().toLowerCase(Locale.ROOT).contains(needle)) {
                hits.add(hit(lesson, lesson.title(), "", lesson.title(), needle));
            }
            for (Lesson.Section section : lesson.sections()) {
                String text = section.title() + ". " + section.text();
                if (text.toLowerCase(Locale.ROOT).contains(needle) && hits.size() < MAX_HITS) {
                    hits.add(hit(lesson, section.title(), section.anchor(), text, needle));
                }
            }
        }
        return hits.size() > MAX_HITS ? hits.subList(0, MAX_HITS) : hits;
    }

    private static SearchHit hit(Lesson lesson, String sectionTitle, String anchor, String text, String needle) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(needle);
        int from = Math.max(0, at - SNIPPET_CONTEXT);
        int to = Math.min(text.length(), at + needle.length() + SNIPPET_CONTEXT);
        String before = (from > 0 ? "…" : "") + text.substring(from, at);
        String after = text.substring(at + needle.length(), to) + (to < text.length() ? "…" : "");
        return new SearchHit(lesson, sectionTitle, anchor, before, text.substring(at, at + needle.length()), after);
    }

    private void reloadIfChanged() {
        Instant now = clock.instant();
        if (loadedStamp.isEmpty() || now.isBefore(lastCheck.plus(CHECK_EVERY))) {
            return;
        }
        synchronized (this) {
            lastCheck = now;
            Optional<Long> stamp = files.changeStamp();
            if (stamp.equals(loadedStamp)) {
                return;
            }
            loadedStamp = stamp;
            try {
                loaded = loader.load(files);
                log.info("Content changed on disk: reloaded {} lessons", loaded.course().lessons().size());
            } catch (InvalidContentException broken) {
                log.error("Content changed on disk but is now invalid; still showing the last good version.\n{}",
                        broken.getMessage());
            }
        }
    }

    private static ContentFiles filesFor(ContentProperties properties) {
        if (properties.dir() == null || properties.dir().isBlank()) {
            return ContentFiles.classpath("content/");
        }
        Path dir = Path.of(properties.dir()).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new InvalidContentException(List.of(new ContentProblem(dir.toString(), 0,
                    "amilab.content.dir (AMILAB_CONTENT_DIR) names a folder that does not exist")));
        }
        return ContentFiles.folder(dir);
    }
}
