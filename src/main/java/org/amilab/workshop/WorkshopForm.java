package org.amilab.workshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A new workshop as the instructor fills it in, every field as typed; {@link #check} says what is
 * wrong with each, so that the form can show it at the field.
 */
public record WorkshopForm(String title, List<String> lessons, @Nullable Instant startsAt, @Nullable Instant endsAt,
                           boolean paced, @Nullable BigDecimal budgetUsd, @Nullable Integer passMark) {

    static final int TITLE_MAX = 120;
    static final BigDecimal MOST_BUDGET = new BigDecimal("1000");

    /** The fields of the form, by the names the problems use. */
    public enum Field {
        TITLE, LESSONS, STARTS_AT, ENDS_AT, BUDGET, PASS_MARK
    }

    /** The form once every field is right. */
    record Checked(String title, List<String> lessons, Instant startsAt, Instant endsAt, boolean paced,
                   BigDecimal budgetUsd, int passMark) {
    }

    public WorkshopForm {
        title = title == null ? "" : title.strip();
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
    }

    /** What is wrong, by field, in the order of the form; empty when nothing is. */
    Map<Field, String> problems(Set<String> courseLessons) {
        Map<Field, String> problems = new LinkedHashMap<>();
        if (title.isEmpty() || title.length() > TITLE_MAX) {
            problems.put(Field.TITLE, "Give the workshop a title of 1 to " + TITLE_MAX + " characters.");
        }
        if (lessons.isEmpty()) {
            problems.put(Field.LESSONS, "Choose at least one lesson for the workshop.");
        } else {
            lessons.stream().filter(id -> !courseLessons.contains(id)).findFirst()
                    .ifPresent(id -> problems.put(Field.LESSONS, "There is no lesson '" + id + "' in the course."));
        }
        if (startsAt == null) {
            problems.put(Field.STARTS_AT, "Say when the workshop starts.");
        }
        if (endsAt == null) {
            problems.put(Field.ENDS_AT, "Say when the workshop ends.");
        } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
            problems.put(Field.ENDS_AT, "The workshop must end after it starts.");
        }
        if (budgetUsd == null || budgetUsd.signum() <= 0 || budgetUsd.compareTo(MOST_BUDGET) > 0 || budgetUsd.scale() > 2) {
            problems.put(Field.BUDGET, "Give each learner's playground budget in simulated dollars, more than $0 and "
                    + "at most $" + MOST_BUDGET + ", in whole cents.");
        }
        if (passMark == null || passMark < 0 || passMark > 100) {
            problems.put(Field.PASS_MARK, "The quiz pass mark is a percentage from 0 to 100.");
        }
        return problems;
    }

    Checked checked() {
        if (startsAt == null || endsAt == null || budgetUsd == null || passMark == null) {
            throw new IllegalStateException("a form with problems is not checked");
        }
        return new Checked(title, new ArrayList<>(new java.util.LinkedHashSet<>(lessons)), startsAt, endsAt, paced,
                budgetUsd, passMark);
    }
}
