/**
 * The playground page: catalog, launch wizard, instances, costs, clock and event timeline. The
 * workbench and the switch between playgrounds are shared with other features' pages (a guided
 * challenge shows its own playground in a workbench).
 */
@NullMarked
package org.amilab.playground.ui;

import org.jspecify.annotations.NullMarked;
