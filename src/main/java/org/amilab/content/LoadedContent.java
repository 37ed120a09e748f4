package org.amilab.content;

import java.util.List;
import java.util.Map;
import org.amilab.simulator.Catalog;
import org.amilab.simulator.ComponentCatalog;
import org.amilab.simulator.PriceBook;

/**
 * Everything in content/, checked together: the course with its quizzes and guided challenges (by
 * lesson id) and review cards, the playground's data and what its refusals mean.
 */
record LoadedContent(Course course, Catalog catalog, PriceBook prices, RefusalsFile refusals,
        Map<String, Quiz> quizzes, List<ReviewCard> cards, Map<String, Challenge> challenges, ComponentCatalog components) {
}
