/** The playground page: catalog, launch wizard, instances, costs, clock and event timeline. */
@NullMarked
package org.amilab.playground.ui;

import org.jspecify.annotations.NullMarked;
