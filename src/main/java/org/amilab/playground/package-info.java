/** The learner's playground: the simulator's rules applied to stored playgrounds, one command path, and its events for other features. */
@NullMarked
package org.amilab.playground;

import org.jspecify.annotations.NullMarked;
