package org.amilab.review;

import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** A learner's answers per UTC day over the last year (days without any left out), and their streak. */
public record ReviewHistory(SortedMap<LocalDate, Integer> answersPerDay, int streak) {

    public ReviewHistory {
        answersPerDay = Collections.unmodifiableSortedMap(new TreeMap<>(answersPerDay));
    }
}
