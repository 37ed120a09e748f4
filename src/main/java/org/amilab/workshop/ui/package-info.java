/** The instructor's workshop pages, the join page and a participant's workshop playground. */
@NullMarked
package org.amilab.workshop.ui;

import org.jspecify.annotations.NullMarked;
