package org.amilab.quiz.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
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
import java.util.Map;
import org.amilab.content.ContentService;
import org.amilab.content.Lesson;
import org.amilab.content.Quiz;
import org.amilab.quiz.QuizService;

/** Every lesson quiz of the course with the learner's best score so far. */
@Route("quizzes")
@PageTitle("Quizzes · AMI Lab")
@Menu(title = "Quizzes", order = 15, icon = "vaadin:question-circle-o")
@PermitAll
public class QuizzesView extends Main implements BeforeEnterObserver {

    private final ContentService content;
    private final QuizService quizzes;

    public QuizzesView(ContentService content, QuizService quizzes) {
        this.content = content;
        this.quizzes = quizzes;
        addClassNames("page", "quiz-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Map<String, QuizService.BestScore> best = quizzes.bestScores();
        var list = new UnorderedList();
        list.addClassName("quiz-list");
        for (Quiz quiz : content.quizzes()) {
            Lesson lesson = content.lesson(quiz.lessonId()).orElseThrow();
            var item = new ListItem(new Anchor("quizzes/" + lesson.id(), lesson.title()));
            item.getElement().setAttribute("data-lesson", lesson.id());
            QuizService.BestScore score = best.get(lesson.id());
            var status = new Span(score == null ? "Not taken yet"
                    : "Best " + QuizTexts.percent(score.percent()) + (score.passed() ? ", passed" : ", not passed yet")
                            + " (" + (score.attempts() == 1 ? "1 attempt" : score.attempts() + " attempts") + ")");
            status.addClassName("quiz-status");
            var facts = new Span(QuizTexts.asks(quiz) + " Pass mark " + quiz.passMark() + " %.");
            facts.addClassName("quiz-facts");
            item.add(status, facts);
            list.add(item);
        }
        add(new H1("Quizzes"), new Paragraph("Check what you have learned in each lesson. Every answer is explained,"
                + " with a link to the part of the lesson that teaches it."), list);
    }
}
