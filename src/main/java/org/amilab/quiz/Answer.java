package org.amilab.quiz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a learner answered to one question, in the words they saw (choice texts, items), so that an
 * attempt still reads right after the quiz file's choices are reordered.
 */
public sealed interface Answer {

    /** The choices picked, for a single- or multiple-choice question. */
    record Choices(Set<String> chosen) implements Answer {

        public Choices {
            chosen = Set.copyOf(chosen);
        }
    }

    record TrueOrFalse(boolean value) implements Answer {
    }

    /** The items in the order the learner put them. */
    record Order(List<String> items) implements Answer {

        public Order {
            items = List.copyOf(items);
        }
    }

    /** The option the learner matched to each item; an item left unmatched is missing. */
    record Matches(Map<String, String> optionOfItem) implements Answer {

        public Matches {
            optionOfItem = Map.copyOf(optionOfItem);
        }
    }

    record Number(BigDecimal value) implements Answer {
    }
}
