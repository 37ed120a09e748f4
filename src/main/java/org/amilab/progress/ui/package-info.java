/** The progress page: each lesson's mastery, the course totals and the recommended next step. */
@NullMarked
package org.amilab.progress.ui;

import org.jspecify.annotations.NullMarked;
