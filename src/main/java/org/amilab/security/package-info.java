/** Accounts, sign-in, sessions and the checks that keep each learner's data their own. */
@NullMarked
package org.amilab.security;

import org.jspecify.annotations.NullMarked;
