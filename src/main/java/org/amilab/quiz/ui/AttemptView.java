package org.amilab.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.amilab.content.ContentService;
import org.amilab.content.Lesson;
import org.amilab.content.Question;
import org.amilab.quiz.QuizAttempt;
import org.amilab.quiz.QuizService;

/**
 * The review of one submitted attempt: the score, and for each question what was answered, whether
 * it was right, the feedback on the choices picked, the right answer and why, with a link to the
 * lesson section that teaches it. From here the learner retakes what they missed.
 */
@Route("quizzes/attempts/:attemptId")
@PermitAll
public class AttemptView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentService content;
    private final QuizService quizzes;
    private String title = "Quiz attempt · AMI Lab";

    public AttemptView(ContentService content, QuizService quizzes) {
        this.content = content;
        this.quizzes = quizzes;
        addClassNames("page", "quiz-page");
    }

    static String path(long attemptId) {
        return "quizzes/attempts/" + attemptId;
    }

    static RouteParameters parameters(long attemptId) {
        return new RouteParameters("attemptId", Long.toString(attemptId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<QuizAttempt> attempt = event.getRouteParameters().get("attemptId").filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> found(Long.parseLong(id)));
        Optional<Lesson> lesson = attempt.flatMap(a -> content.lesson(a.lessonId()));
        if (attempt.isEmpty() || lesson.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!attempt.get().submitted()) {
            event.forwardTo(QuizView.class, new RouteParameters("lessonId", lesson.get().id()));
            return;
        }
        title = "Quiz result: " + lesson.get().title() + " · AMI Lab";
        removeAll();
        show(lesson.get(), attempt.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Another learner's attempt, or one that does not exist, is simply not found. */
    private Optional<QuizAttempt> found(long id) {
        try {
            return Optional.of(quizzes.attempt(id));
        } catch (IllegalArgumentException notYours) {
            return Optional.empty();
        }
    }

    private void show(Lesson lesson, QuizAttempt attempt) {
        QuizAttempt.Result result = attempt.result().orElseThrow();
        var kicker = new Paragraph("Quiz result");
        kicker.addClassName("lesson-module");
        var score = new Paragraph(new Span(QuizTexts.percent(result.percent())),
                new Span(result.passed() ? " Passed" : " Not passed yet"));
        score.setId("quiz-score");
        score.addClassNames("quiz-score", result.passed() ? "passed" : "not-passed");
        int right = (int) attempt.questions().stream().filter(QuizAttempt.Asked::right).count();
        var summary = new Paragraph(right + " of " + QuizTexts.questions(attempt.questions().size()) + " fully right;"
                + " pass mark " + attempt.passMark() + " %; answered in " + QuizTexts.duration(result.timeTaken())
                + " on " + QuizTexts.when(attempt) + ".");
        add(new Div(kicker, new H1(lesson.title())), score, summary, actions(lesson, attempt));
        for (int i = 0; i < attempt.questions().size(); i++) {
            add(review(attempt.questions().get(i), i + 1, attempt.questions().size()));
        }
        add(actions(lesson, attempt));
    }

    private Component actions(Lesson lesson, QuizAttempt attempt) {
        var bar = new Div();
        bar.addClassName("quiz-actions");
        int missed = attempt.missed().size();
        boolean retakeable = attempt.missed().stream().anyMatch(asked -> asked.question().isPresent());
        if (retakeable) {
            var retake = new Button("Retake only what I missed (" + QuizTexts.questions(missed) + ")", click -> {
                quizzes.retakeMissed(attempt.id());
                UI.getCurrent().navigate(QuizView.class, new RouteParameters("lessonId", lesson.id()));
            });
            retake.addClassName("retake-missed");
            retake.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(retake);
        }
        bar.add(new Anchor("quizzes/" + lesson.id(), "Take the whole quiz again"),
                new Anchor(lesson.path(), "Back to the lesson"));
        return bar;
    }

    private static Component review(QuizAttempt.Asked asked, int number, int count) {
        var heading = new H2("Question " + number + " of " + count);
        heading.addClassName("question-number");
        var verdict = new Span(asked.right() ? "Right" : asked.points() > 0 ? "Partly right" : "Not right");
        verdict.addClassNames("verdict", asked.right() ? "right" : asked.points() > 0 ? "partly" : "wrong");
        var section = new Section(heading, verdict);
        section.addClassName("quiz-question");
        section.getElement().setAttribute("data-question", asked.questionId());
        if (asked.question().isEmpty()) {
            section.add(new Paragraph("This question has since been taken out of the quiz."));
            return section;
        }
        Question question = asked.question().get();
        section.add(new Paragraph(question.prompt()));
        section.add(AnswerReview.of(question, asked));
        var why = new Paragraph(new Span(question.explanation() + " "),
                new Anchor(question.section().href(), "Read it in the lesson"));
        why.addClassName("question-explanation");
        section.add(why);
        return section;
    }
}
