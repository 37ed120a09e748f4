package org.amilab.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amilab.content.ContentService;
import org.amilab.content.Lesson;
import org.amilab.content.Quiz;
import org.amilab.quiz.Answer;
import org.amilab.quiz.QuizAttempt;
import org.amilab.quiz.QuizService;

/**
 * Taking a lesson's quiz: first what it asks and the learner's earlier attempts, then every
 * question of the attempt on one page. Submitting shows the attempt's review page.
 */
@Route("quizzes/:lessonId")
@PermitAll
public class QuizView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentService content;
    private final QuizService quizzes;
    private String title = "Quiz · AMI Lab";

    public QuizView(ContentService content, QuizService quizzes) {
        this.content = content;
        this.quizzes = quizzes;
        addClassNames("page", "quiz-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String lessonId = event.getRouteParameters().get("lessonId").orElse("");
        Optional<Lesson> lesson = content.lesson(lessonId);
        Optional<Quiz> quiz = content.quiz(lessonId);
        if (lesson.isEmpty() || quiz.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = "Quiz: " + lesson.get().title() + " · AMI Lab";
        removeAll();
        Optional<QuizAttempt> open = quizzes.openAttempt(lessonId);
        if (open.isPresent()) {
            showAttempt(lesson.get(), open.get());
        } else {
            showIntroduction(lesson.get(), quiz.get());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void showIntroduction(Lesson lesson, Quiz quiz) {
        var facts = new Paragraph(QuizTexts.asks(quiz) + " You pass with " + quiz.passMark()
                + " % of the points. Each question shows why its answer is right once you submit.");
        var start = new Button("Start the quiz", click -> showAttempt(lesson, quizzes.start(lesson.id())));
        start.setId("start-quiz");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(header(lesson), facts, start, QuizTexts.attemptList(quizzes.attempts(lesson.id())),
                new Paragraph(new Anchor(lesson.path(), "Back to the lesson")));
    }

    private void showAttempt(Lesson lesson, QuizAttempt attempt) {
        removeAll();
        add(header(lesson));
        if (attempt.questions().stream().anyMatch(asked -> asked.question().isEmpty())) {
            add(new Paragraph("A question of this attempt has since been taken out of the quiz; it is left out."));
        }
        Map<String, AnswerInput> inputs = new LinkedHashMap<>();
        List<QuizAttempt.Asked> asked = attempt.questions().stream().filter(q -> q.question().isPresent()).toList();
        for (int i = 0; i < asked.size(); i++) {
            add(question(attempt, asked.get(i), i + 1, asked.size(), inputs));
        }
        var submit = new Button("Submit answers", click -> submit(attempt, inputs));
        submit.setId("submit-quiz");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var leave = new Button("Leave this attempt", click -> confirmLeave(lesson, attempt));
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var bar = new Div(submit, leave);
        bar.addClassName("quiz-actions");
        add(bar);
    }

    private Component question(QuizAttempt attempt, QuizAttempt.Asked asked, int number, int count,
                               Map<String, AnswerInput> inputs) {
        String label = "Question " + number + " of " + count;
        var heading = new H2(label);
        heading.addClassName("question-number");
        var prompt = new Paragraph(asked.question().orElseThrow().prompt());
        prompt.addClassName("question-prompt");
        AnswerInput input = AnswerInput.of(asked, label, () -> quizzes.checkPlayground(attempt.id(), asked.questionId()));
        inputs.put(asked.questionId(), input);
        var section = new Section(heading, prompt, input.component());
        section.addClassName("quiz-question");
        section.getElement().setAttribute("data-question", asked.questionId());
        return section;
    }

    private void submit(QuizAttempt attempt, Map<String, AnswerInput> inputs) {
        boolean typedWrong = inputs.values().stream().map(AnswerInput::problem).anyMatch(Optional::isPresent);
        if (typedWrong) {
            return;
        }
        var answers = new LinkedHashMap<String, Answer>();
        inputs.forEach((id, input) -> input.answer().ifPresent(answer -> answers.put(id, answer)));
        int unanswered = inputs.size() - answers.size();
        if (unanswered == 0) {
            send(attempt, answers);
            return;
        }
        var dialog = new ConfirmDialog("Submit with " + QuizTexts.questions(unanswered) + " unanswered?",
                "An unanswered question earns no points. You can still answer it before you submit.",
                "Submit anyway", confirm -> send(attempt, answers));
        dialog.setCancelable(true);
        dialog.setCancelText("Go back and answer");
        dialog.open();
    }

    private void send(QuizAttempt attempt, Map<String, Answer> answers) {
        QuizAttempt done = quizzes.submit(attempt.id(), answers);
        UI.getCurrent().navigate(AttemptView.class, AttemptView.parameters(done.id()));
    }

    private void confirmLeave(Lesson lesson, QuizAttempt attempt) {
        var dialog = new ConfirmDialog("Leave this attempt?", "Your answers on this page are not kept, and the next"
                + " start draws the questions again.", "Leave", confirm -> {
                    quizzes.abandon(attempt.id());
                    UI.getCurrent().navigate(lesson.path());
                });
        dialog.setCancelable(true);
        dialog.setCancelText("Stay");
        dialog.open();
    }

    private static Component header(Lesson lesson) {
        var kicker = new Paragraph("Quiz");
        kicker.addClassName("lesson-module");
        return new Div(kicker, new H1(lesson.title()));
    }
}
