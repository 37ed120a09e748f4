/** Key-takeaway review: review cards scheduled by FSRS-6, a learner's due queue and review history. */
@NullMarked
package org.amilab.review;

import org.jspecify.annotations.NullMarked;
