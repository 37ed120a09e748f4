/**
 * The rules of the simulated EC2 playground, in plain Java.
 *
 * <p>Nothing here knows about Spring, Vaadin or a database: the playground feature maps these
 * records to entities and the content feature maps {@code content/} YAML onto the catalog records,
 * whose component names are the YAML keys. Time never ticks here: every state and every cost is
 * derived from timestamps, so evaluating a year costs no more than evaluating a minute.
 *
 * <p>Nothing here is null: what may be absent is an {@code Optional} or an empty text. Some compact
 * constructors still turn a null into that, for JSON and YAML documents that leave a key out.
 */
@NullMarked
package org.amilab.simulator;

import org.jspecify.annotations.NullMarked;
