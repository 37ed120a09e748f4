/** The shared layout and pages that every feature's views sit in. */
@NamedInterface("ui")
@NullMarked
package org.amilab.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
