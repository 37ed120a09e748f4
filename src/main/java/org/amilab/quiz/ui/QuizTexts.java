package org.amilab.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.amilab.content.Quiz;
import org.amilab.quiz.QuizAttempt;

/** Wording shared by the quiz pages: counts, scores, durations and the list of earlier attempts. */
final class QuizTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneId.of("UTC"));

    private QuizTexts() {
    }

    static String questions(int count) {
        return count == 1 ? "1 question" : count + " questions";
    }

    static String asks(Quiz quiz) {
        return quiz.drawsFromBank()
                ? "Each attempt asks " + questions(quiz.draw()) + ", drawn at random from " + quiz.questions().size() + "."
                : "The quiz has " + questions(quiz.questions().size()) + ".";
    }

    static String percent(double percent) {
        return String.format(Locale.ENGLISH, "%.0f %%", Math.floor(percent + 1e-9));
    }

    static String duration(Duration taken) {
        long minutes = taken.toMinutes();
        long seconds = taken.toSecondsPart();
        if (minutes == 0) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        return (minutes == 1 ? "1 minute" : minutes + " minutes") + (seconds == 0 ? "" : " " + seconds + " s");
    }

    static String when(QuizAttempt attempt) {
        return WHEN.format(attempt.result().map(QuizAttempt.Result::submittedAt).orElse(attempt.startedAt()));
    }

    /** The learner's submitted attempts, newest first, each linking to its review. */
    static Component attemptList(List<QuizAttempt> attempts) {
        var box = new Div(new H2("Your attempts"));
        box.addClassName("attempt-list");
        if (attempts.isEmpty()) {
            box.add(new Paragraph("None yet."));
            return box;
        }
        var list = new UnorderedList();
        for (QuizAttempt attempt : attempts) {
            QuizAttempt.Result result = attempt.result().orElseThrow();
            String text = when(attempt) + ": " + percent(result.percent()) + ", " + (result.passed() ? "passed" : "not passed")
                    + (attempt.questions().size() < 2 ? "" : ", " + questions(attempt.questions().size()));
            list.add(new ListItem(new Anchor(AttemptView.path(attempt.id()), text)));
        }
        box.add(list);
        return box;
    }
}
