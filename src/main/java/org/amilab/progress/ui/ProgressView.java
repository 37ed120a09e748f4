package org.amilab.progress.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.amilab.progress.LessonChallenge;
import org.amilab.progress.LessonMastery;
import org.amilab.progress.Mastery;
import org.amilab.progress.ProgressOverview;
import org.amilab.progress.ProgressService;

/** Where the learner stands in the course: totals, the next step, and each lesson's mastery in words. */
@Route("progress")
@PageTitle("Progress · AMI Lab")
@Menu(title = "Progress", order = 12, icon = "vaadin:trophy")
@PermitAll
public class ProgressView extends Main implements BeforeEnterObserver {

    private final ProgressService progress;

    public ProgressView(ProgressService progress) {
        this.progress = progress;
        addClassNames("page", "progress-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ProgressOverview overview = progress.overview();
        var totals = new Paragraph(overview.lessonsRead() + " of " + count(overview.lessons().size(), "lesson", "lessons")
                + " read · " + count(overview.quizzesPassed(), "quiz", "quizzes") + " passed · "
                + overview.completionPercent() + " % of the course at least proficient · "
                + count(overview.review().dueNow(), "review card", "review cards") + " due now");
        totals.setId("progress-totals");
        var next = new Paragraph(new Span("Recommended next: "), new Anchor(overview.next().href(), overview.next().text()));
        next.setId("next-step");
        next.addClassName("next-step");
        var list = new UnorderedList();
        list.addClassName("mastery-list");
        overview.lessons().forEach(lesson -> list.add(item(lesson)));
        add(new H1("Your progress"), totals, next, new H2("Lessons"), list, levels());
    }

    private static ListItem item(LessonMastery mastery) {
        var level = new Span(mastery.level().label());
        level.addClassNames("mastery-level", "level-" + mastery.level().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        String quiz = mastery.quiz().map(score -> "best quiz score " + Math.round(Math.floor(score.percent())) + " %"
                + (score.passed() ? " (passed)" : " (not passed yet)")).orElse("quiz not taken");
        var facts = new Span((mastery.read() ? "Read" : "Not read yet") + " · " + quiz + " · " + mastery.cardsLearned()
                + " of " + mastery.cards() + " review cards learned"
                + (mastery.challenge() == LessonChallenge.NONE ? "" : " · " + mastery.challenge().text()));
        facts.addClassName("mastery-facts");
        var item = new ListItem(new Anchor(mastery.lesson().path(), mastery.lesson().title()), new Span(": "), level,
                facts);
        item.getElement().setAttribute("data-lesson", mastery.lesson().id());
        return item;
    }

    private static String count(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static Div levels() {
        var list = new UnorderedList(
                new ListItem(Mastery.ATTEMPTED.label() + ": you have read the lesson, tried its quiz, learned one of"
                        + " its cards or started its challenge."),
                new ListItem(Mastery.FAMILIAR.label() + ": you have read it and scored at least half of its quiz."),
                new ListItem(Mastery.PROFICIENT.label() + ": you have read it and passed its quiz."),
                new ListItem(Mastery.MASTERED.label() + ": proficient, every review card of the lesson is learned, and"
                        + " its guided challenge, if it has one, is completed."));
        var box = new Div(new H2("What the levels mean"), list);
        box.addClassName("mastery-levels");
        return box;
    }
}
