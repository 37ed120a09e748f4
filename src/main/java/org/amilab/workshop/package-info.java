/**
 * Instructor-led workshops: an instructor sets one up with its lessons, dates and playground
 * budget; learners join with a short code, each into a workshop playground of their own whose
 * budget the simulator enforces.
 */
@NullMarked
package org.amilab.workshop;

import org.jspecify.annotations.NullMarked;
