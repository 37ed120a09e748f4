/** The course as files in {@code content/}: lessons, the playground's catalog and price book, and what each refusal means, checked at start-up. */
@NullMarked
package org.amilab.content;

import org.jspecify.annotations.NullMarked;
