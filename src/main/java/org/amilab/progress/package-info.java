/** What a learner has done: lessons completed and the refusals met in the playground. */
@NullMarked
package org.amilab.progress;

import org.jspecify.annotations.NullMarked;
