/**
 * Guided challenges: each in a playground of its own, set up as the challenge says, with its steps
 * checked on that playground as the learner works and every completion kept.
 */
@NullMarked
package org.amilab.challenge;

import org.jspecify.annotations.NullMarked;
