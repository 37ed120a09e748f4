/** The review page: recall a card, rate it with the next wait shown on each button, undo, the calendar and streak. */
@NullMarked
package org.amilab.review.ui;

import org.jspecify.annotations.NullMarked;
