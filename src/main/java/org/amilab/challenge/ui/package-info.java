/** The challenges page and a challenge's page: its playground beside its steps. */
@NullMarked
package org.amilab.challenge.ui;

import org.jspecify.annotations.NullMarked;
