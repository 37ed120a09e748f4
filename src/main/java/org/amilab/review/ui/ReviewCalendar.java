package org.amilab.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.amilab.review.ReviewHistory;

/**
 * The past 26 weeks as a heatmap, a column per week from Monday to Sunday, darker for more answers;
 * the same figures are said in words for screen readers and in the streak line.
 */
final class ReviewCalendar extends Div {

    private static final int WEEKS = 26;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    ReviewCalendar(ReviewHistory history, Clock clock) {
        Map<LocalDate, Integer> answersPerDay = history.answersPerDay();
        int streak = history.streak();
        addClassName("review-calendar");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.with(DayOfWeek.MONDAY).minusWeeks(WEEKS - 1);
        int total = 0;
        int days = 0;
        var grid = new Div();
        grid.addClassName("calendar-grid");
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            int count = answersPerDay.getOrDefault(day, 0);
            total += count;
            days += count > 0 ? 1 : 0;
            var cell = new Div();
            cell.addClassNames("calendar-day", "level-" + level(count));
            cell.getElement().setAttribute("title", DAY.format(day) + ": " + answers(count));
            cell.getElement().setAttribute("data-date", day.toString());
            grid.add(cell);
        }
        String summary = answers(total) + " on " + (days == 1 ? "1 day" : days + " days") + " in the last " + WEEKS
                + " weeks";
        grid.getElement().setAttribute("role", "img");
        grid.getElement().setAttribute("aria-label", "Calendar of reviews: " + summary + ".");
        var streakLine = new Paragraph("Streak: " + (streak == 1 ? "1 day" : streak + " days") + " in a row · " + summary
                + ".");
        streakLine.setId("review-streak");
        add(new H2("Your reviews"), streakLine, grid);
    }

    private static int level(int count) {
        return count == 0 ? 0 : count < 5 ? 1 : count < 15 ? 2 : count < 30 ? 3 : 4;
    }

    private static String answers(int count) {
        return count == 1 ? "1 answer" : count + " answers";
    }
}
