package org.amilab.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amilab.review.Rating;
import org.amilab.review.ReviewPrompt;
import org.amilab.review.ReviewQueue;
import org.amilab.review.ReviewService;

/**
 * Reviewing key takeaways: the card's question, then its answer, then one of four ratings, each
 * labelled with when the card would come back. Space shows the answer, 1 to 4 rate, and the last
 * answer can be undone. Below, a calendar of the past weeks' reviews and the streak.
 */
@Route("review")
@PageTitle("Review · AMI Lab")
@Menu(title = "Review", order = 16, icon = "vaadin:rotate-right")
@PermitAll
public class ReviewView extends Main {

    private static final List<Key> RATING_KEYS = List.of(Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4);

    private final ReviewService review;
    private final Clock clock;
    private final Paragraph status = new Paragraph();
    private final Section cardArea = new Section();
    private final Div calendarArea = new Div();
    private final Button undo = new Button("Undo last answer");
    private final List<ShortcutRegistration> shortcuts = new ArrayList<>();
    private Optional<ReviewPrompt> current = Optional.empty();
    private boolean answerShown;

    public ReviewView(ReviewService review, Clock clock) {
        this.review = review;
        this.clock = clock;
        addClassNames("page", "review-page");
        status.setId("review-status");
        cardArea.setId("review-card");
        cardArea.addClassName("review-card");
        undo.setId("review-undo");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undo.setVisible(false);
        undo.addClickListener(click -> undoLast());
        var intro = new Paragraph("Recall the answer before you show it, then say honestly how well you knew it:"
                + " cards you find hard come back sooner. Keys: Space shows the answer, then 1 (again) to 4 (easy) rate it;"
                + " Space on a shown answer means good.");
        add(new H1("Review key takeaways"), intro, status, cardArea, undo, calendarArea);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        shortcuts.forEach(ShortcutRegistration::remove);
        shortcuts.clear();
        shortcuts.add(Shortcuts.addShortcutListener(this, this::spacePressed, Key.SPACE));
        for (Rating rating : Rating.values()) {
            shortcuts.add(Shortcuts.addShortcutListener(this, () -> rate(rating), RATING_KEYS.get(rating.grade() - 1)));
        }
        showNext();
    }

    private void showNext() {
        current = review.next();
        answerShown = false;
        cardArea.removeAll();
        showStatus(review.queue());
        current.ifPresentOrElse(this::showFront, this::showNothingDue);
        calendarArea.removeAll();
        calendarArea.add(new ReviewCalendar(review.history(), clock));
    }

    private void showStatus(ReviewQueue queue) {
        status.setText(queue.dueNow() + " due now · " + queue.newLeftToday() + " new left today · "
                + queue.notMetYet() + " not met yet");
    }

    private void showFront(ReviewPrompt prompt) {
        var kind = new Paragraph(prompt.firstTime() ? "New card" : "Review");
        kind.addClassName("review-kind");
        var front = new H2(prompt.card().front());
        front.addClassName("review-front");
        var show = new Button("Show answer (Space)", click -> showAnswer());
        show.setId("show-answer");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cardArea.add(kind, front, show);
    }

    /** Space shows the answer, and once it is shown answers Good, as in Anki. */
    private void spacePressed() {
        if (answerShown) {
            rate(Rating.GOOD);
        } else {
            showAnswer();
        }
    }

    private void showAnswer() {
        if (current.isEmpty() || answerShown) {
            return;
        }
        ReviewPrompt prompt = current.get();
        answerShown = true;
        cardArea.getChildren().filter(child -> "show-answer".equals(child.getId().orElse(""))).findFirst()
                .ifPresent(cardArea::remove);
        var back = new Paragraph(prompt.card().back());
        back.setId("review-back");
        back.addClassName("review-back");
        var lesson = new Anchor(prompt.card().section().href(), "Read it in the lesson");
        var buttons = new Div();
        buttons.addClassName("rating-buttons");
        for (Rating rating : Rating.values()) {
            buttons.add(ratingButton(rating, prompt.waits().get(rating)));
        }
        cardArea.add(back, new Paragraph(lesson), buttons);
        buttons.getChildren().skip(2).findFirst().ifPresent(good -> ((Button) good).focus());
    }

    private Component ratingButton(Rating rating, Duration wait) {
        String name = switch (rating) {
            case AGAIN -> "Again";
            case HARD -> "Hard";
            case GOOD -> "Good";
            case EASY -> "Easy";
        };
        var button = new Button(name + " · " + Waits.label(wait), click -> rate(rating));
        button.setId("rate-" + name.toLowerCase(java.util.Locale.ROOT));
        button.setAriaLabel(name + ", key " + rating.grade() + ": back in " + Waits.label(wait));
        if (rating == Rating.GOOD) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void rate(Rating rating) {
        if (current.isEmpty() || !answerShown) {
            return;
        }
        review.answer(current.get().card().id(), rating);
        undo.setVisible(true);
        showNext();
    }

    private void undoLast() {
        review.undoLastAnswer();
        undo.setVisible(false);
        showNext();
    }

    private void showNothingDue() {
        ReviewQueue queue = review.queue();
        String next = queue.nextDue().map(at -> " The next card is due in "
                + Waits.label(Duration.between(clock.instant(), at)) + ".").orElse("");
        var done = new Paragraph(queue.notMetYet() > 0 && queue.newLeftToday() == 0
                ? "You have started today's " + ReviewService.NEW_CARDS_PER_DAY + " new cards and reviewed everything due."
                        + next + " New cards continue tomorrow."
                : "Nothing to review right now." + next);
        done.setId("review-done");
        cardArea.add(done);
    }
}
