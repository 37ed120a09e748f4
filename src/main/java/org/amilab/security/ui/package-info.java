/** Sign-in, sign-up, profile and account administration pages. */
@NullMarked
package org.amilab.security.ui;

import org.jspecify.annotations.NullMarked;
