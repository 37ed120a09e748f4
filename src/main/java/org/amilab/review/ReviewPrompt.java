package org.amilab.review;

import java.time.Duration;
import java.util.Map;
import org.amilab.content.ReviewCard;

/** The next card to recall, whether the learner meets it for the first time, and the wait each answer would give it. */
public record ReviewPrompt(ReviewCard card, boolean firstTime, Map<Rating, Duration> waits) {

    public ReviewPrompt {
        waits = Map.copyOf(waits);
    }
}
