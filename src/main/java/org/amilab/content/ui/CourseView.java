package org.amilab.content.ui;

import org.amilab.content.LessonLevels;
import java.util.Optional;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.amilab.content.ContentService;
import org.amilab.content.Course;
import org.amilab.content.CourseModule;
import org.amilab.content.Lesson;
import org.amilab.content.LessonCompletion;
import org.amilab.content.RefusalsMet;
import org.amilab.content.RefusalsMet.RefusalMet;
import org.amilab.content.SearchHit;

/** The course outline with done marks, and search across every lesson. */
@Route("lessons")
@PageTitle("Lessons · AMI Lab")
@Menu(title = "Lessons", order = 10, icon = "vaadin:book")
@AnonymousAllowed
public class CourseView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final ContentService content;
    private final LessonCompletion completion;
    private final LessonLevels levels;
    private final RefusalsMet refusalsMet;
    private final TextField search = new TextField("Search the lessons");
    private final Div results = new Div();
    private final Div outline = new Div();

    public CourseView(ContentService content, LessonCompletion completion, LessonLevels levels,
            RefusalsMet refusalsMet) {
        this.levels = levels;
        this.content = content;
        this.completion = completion;
        this.refusalsMet = refusalsMet;
        addClassName("page");
        Course course = content.course();
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setPlaceholder("e.g. instance store");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.setMaxWidth("32rem");
        search.addValueChangeListener(change -> {
            showResults(change.getValue());
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    change.getValue().isBlank() ? "lessons" : "lessons?q=" + urlEncode(change.getValue())));
        });
        results.setId("search-results");
        results.getElement().setAttribute("aria-live", "polite");
        outline.setId("outline");
        add(new H1(course.title()), search, results, outline);
        showOutline(course, completion.doneLessonIds());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(search::setValue);
    }

    private void showOutline(Course course, Set<String> done) {
        outline.removeAll();
        if (!completion.canTrack()) {
            outline.add(new Paragraph(new Anchor("login", "Sign in"),
                    new Span(" to mark lessons as done and see your progress here.")));
        } else {
            long finished = course.lessons().stream().filter(lesson -> done.contains(lesson.id())).count();
            var progress = new Paragraph(finished + " of " + course.lessons().size() + " lessons done");
            progress.setId("course-progress");
            outline.add(progress);
        }
        Map<String, String> levelOf = levels.levelsByLesson();
        int number = 1;
        for (CourseModule module : course.modules()) {
            var list = new OrderedList();
            list.getElement().setAttribute("start", String.valueOf(number));
            list.addClassName("lesson-list");
            for (Lesson lesson : module.lessons()) {
                list.add(lessonItem(lesson, done.contains(lesson.id()), Optional.ofNullable(levelOf.get(lesson.id()))));
                number++;
            }
            outline.add(new Section(new H2(module.title()), list));
        }
        if (completion.canTrack()) {
            showRefusalsMet();
        }
    }

    /**
     * What EC2 has refused the learner so far, each code with the lessons that teach its rule: a
     * refusal met in the playground is the best moment to read why.
     */
    private void showRefusalsMet() {
        List<RefusalMet> met = refusalsMet.refusalsMet();
        if (met.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.setId("refusals-met");
        for (RefusalMet refusal : met) {
            var code = new Span(refusal.code());
            code.addClassName("error-code");
            var item = new ListItem(code, new Span(" first met " + DAY.format(refusal.firstMetAt()) + ". Read: "));
            lessonsTeaching(refusal.code()).forEach(link -> item.add(link, new Span(" ")));
            list.add(item);
        }
        outline.add(new Section(new H2("Refusals you have met in the playground"), list));
    }

    /** One link per lesson, to the section of the first rule with this code that it teaches. */
    private List<Anchor> lessonsTeaching(String code) {
        return content.sectionsTeaching(code).stream().flatMap(section -> content.lesson(section.lessonId()).stream()
                .map(lesson -> new Anchor(lesson.path() + "#" + section.anchor(), lesson.title()))).toList();
    }

    private static ListItem lessonItem(Lesson lesson, boolean done, Optional<String> level) {
        var title = new Anchor(lesson.path(), lesson.title());
        title.addClassName("lesson-link");
        var meta = new Span(lesson.minutes() + " min read");
        meta.addClassName("lesson-meta");
        var item = new ListItem(title, meta);
        if (done) {
            var mark = new Span("Done");
            mark.getElement().getThemeList().add("badge success");
            mark.addClassName("done-mark");
            item.add(mark);
        }
        level.ifPresent(name -> {
            // the same level as on the progress page, in words
            var mark = new Span("Level: " + name);
            mark.getElement().getThemeList().add("badge contrast");
            mark.addClassName("level-mark");
            item.add(mark);
        });
        item.add(new Paragraph(lesson.summary()));
        item.addClassName("lesson-item");
        return item;
    }

    private void showResults(String query) {
        results.removeAll();
        if (query == null || query.isBlank()) {
            outline.setVisible(true);
            return;
        }
        outline.setVisible(false);
        List<SearchHit> hits = content.search(query);
        if (hits.isEmpty()) {
            results.add(new Paragraph(query.strip().length() < 2 ? "Type at least two characters."
                    : "No lesson mentions “" + query.strip() + "”."));
            return;
        }
        var count = new Paragraph(hits.size() + (hits.size() == 1 ? " place" : " places") + " mention “"
                + query.strip() + "”");
        var list = new OrderedList();
        list.addClassName("search-hits");
        hits.forEach(hit -> list.add(hitItem(hit)));
        results.add(count, list);
    }

    private static ListItem hitItem(SearchHit hit) {
        String target = hit.lesson().path() + (hit.anchor().isEmpty() ? "" : "#" + hit.anchor());
        String label = hit.lesson().title() + (hit.anchor().isEmpty() ? "" : " › " + hit.sectionTitle());
        var link = new Anchor(target, label);
        var snippet = new Paragraph(new Span(hit.before()), mark(hit.match()), new Span(hit.after()));
        snippet.addClassName("search-snippet");
        return new ListItem(link, snippet);
    }

    private static Component mark(String text) {
        var highlight = new Highlight();
        highlight.setText(text);
        return highlight;
    }

    /** The HTML mark element: a highlighted match that screen readers announce as such. */
    @Tag("mark")
    private static final class Highlight extends HtmlComponent implements HasText {
    }

    private static String urlEncode(String value) {
        return QueryParameters.simple(Map.of("q", value)).getQueryString().substring(2);
    }
}
