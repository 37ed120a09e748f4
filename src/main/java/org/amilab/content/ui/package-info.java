/** The course outline, the lesson reader and search. */
@NullMarked
package org.amilab.content.ui;

import org.jspecify.annotations.NullMarked;
