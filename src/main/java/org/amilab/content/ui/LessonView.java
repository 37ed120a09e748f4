package org.amilab.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.amilab.content.ContentService;
import org.amilab.content.Course;
import org.amilab.content.Lesson;
import org.amilab.content.LessonCompletion;

/** One lesson: objectives, table of contents, the text, the playground link, done mark and previous/next. */
@Route("lessons/:lessonId")
@AnonymousAllowed
public class LessonView extends Main implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    private final ContentService content;
    private final LessonCompletion completion;
    private String title = "Lesson · AMI Lab";

    public LessonView(ContentService content, LessonCompletion completion) {
        this.content = content;
        this.completion = completion;
        addClassName("page");
        addClassName("lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("lessonId").orElse("");
        Course course = content.course();
        Lesson lesson = course.lesson(id).orElse(null);
        if (lesson == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = lesson.title() + " · AMI Lab";
        removeAll();
        show(course, lesson);
    }

    /** A link from elsewhere (search, another lesson) names a section: show it once the text is there. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement().executeJs("requestAnimationFrame(() => { const id = decodeURIComponent(location.hash.slice(1));"
                + " const target = id && document.getElementById(id); if (target) { target.scrollIntoView(); } })");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Course course, Lesson lesson) {
        var module = new Paragraph(course.moduleOf(lesson).map(m -> m.title()).orElse(""));
        module.addClassName("lesson-module");
        var meta = new Paragraph(lesson.minutes() + " min read");
        meta.addClassName("lesson-meta");
        var summary = new Paragraph(lesson.summary());
        summary.addClassName("lesson-summary");
        add(module, new H1(lesson.title()), meta, summary, objectives(lesson), contents(lesson),
                new Html(lesson.html()), practice(lesson), actions(lesson), pager(course, lesson));
    }

    private static Component objectives(Lesson lesson) {
        var list = new UnorderedList();
        lesson.objectives().forEach(objective -> list.add(new ListItem(objective)));
        var box = new Div(new H2("In this lesson you will"), list);
        box.addClassName("lesson-objectives");
        return box;
    }

    private static Component contents(Lesson lesson) {
        var list = new UnorderedList();
        for (Lesson.Section section : lesson.sections()) {
            var item = new ListItem(new Anchor(lesson.path() + "#" + section.anchor(), section.title()));
            if (section.level() == 3) {
                item.addClassName("toc-sub");
            }
            list.add(item);
        }
        var nav = new Nav(new H2("On this page"), list);
        nav.addClassName("lesson-toc");
        nav.getElement().setAttribute("aria-label", "On this page");
        return nav;
    }

    /** A deep link into a feature that has not landed yet stays plain text rather than a broken link. */
    private Component practice(Lesson lesson) {
        var box = new Div();
        box.addClassName("lesson-practice");
        lesson.playground().ifPresent(link -> {
            if (routeExists(link)) {
                var anchor = new Anchor(link.substring(1), "Try it in the playground");
                anchor.setId("try-in-playground");
                box.add(anchor);
            } else {
                var text = new Span("Try it in the playground (coming soon)");
                text.setId("try-in-playground");
                box.add(text);
            }
        });
        content.quiz(lesson.id()).filter(quiz -> routeExists("/quizzes/" + lesson.id())).ifPresent(quiz -> {
            var anchor = new Anchor("quizzes/" + lesson.id(), "Take the quiz (" + quiz.draw() + " questions)");
            anchor.setId("take-quiz");
            box.add(anchor);
        });
        content.challenge(lesson.id()).filter(challenge -> routeExists("/challenges/" + lesson.id())).ifPresent(challenge -> {
            var anchor = new Anchor("challenges/" + lesson.id(), "Guided challenge: " + challenge.title());
            anchor.setId("take-challenge");
            box.add(anchor);
        });
        return box;
    }

    private static boolean routeExists(String link) {
        String path = link.substring(1).split("\\?", 2)[0];
        return RouteConfiguration.forApplicationScope().getRoute(path).isPresent();
    }

    private Component actions(Lesson lesson) {
        var bar = new Div();
        bar.addClassName("lesson-actions");
        if (completion.canTrack()) {
            var done = new Button();
            done.setId("mark-done");
            showDone(done, completion.doneLessonIds().contains(lesson.id()));
            done.addClickListener(click -> {
                boolean nowDone = !completion.doneLessonIds().contains(lesson.id());
                completion.setDone(lesson.id(), nowDone);
                showDone(done, nowDone);
            });
            bar.add(done);
        } else {
            bar.add(new Paragraph(new Anchor("login", "Sign in"), new Span(" to keep track of the lessons you finish.")));
        }
        var print = new Button("Print", VaadinIcon.PRINT.create(), click -> getUI()
                .ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bar.add(print);
        return bar;
    }

    private static void showDone(Button button, boolean done) {
        button.setText(done ? "Done ✓ (mark as not done)" : "Mark as done");
        button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        button.addThemeVariants(done ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_PRIMARY);
    }

    private static Component pager(Course course, Lesson lesson) {
        var nav = new Nav();
        nav.addClassName("lesson-pager");
        nav.getElement().setAttribute("aria-label", "Previous and next lesson");
        Optional<Lesson> previous = course.previous(lesson);
        Optional<Lesson> next = course.next(lesson);
        previous.ifPresent(p -> nav.add(pagerLink(p, "Previous: ", "pager-previous")));
        next.ifPresent(n -> nav.add(pagerLink(n, "Next: ", "pager-next")));
        if (next.isEmpty()) {
            nav.add(new Anchor("lessons", "Back to the course outline"));
        }
        return nav;
    }

    private static Anchor pagerLink(Lesson target, String label, String className) {
        var link = new Anchor(target.path(), label + target.title());
        link.addClassName(className);
        return link;
    }
}
