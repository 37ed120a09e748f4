package org.amilab.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code amilab.review.fuzz} (AMILAB_REVIEW_FUZZ): whether review intervals are spread a little, as
 * FSRS does by default, so that cards learned on one day do not all fall due on the same later day.
 * On unless switched off; the tests switch it off, so that a wait is exactly what FSRS computes.
 */
@ConfigurationProperties("amilab.review")
record ReviewProperties(@DefaultValue("true") boolean fuzz) {
}
