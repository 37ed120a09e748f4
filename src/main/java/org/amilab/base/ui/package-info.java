/** The shared layout and pages that every feature's views sit in. */
@NamedInterface("ui")
package org.amilab.base.ui;

import org.springframework.modulith.NamedInterface;
