/** What every feature shares: the signed-in user as features see them, time, push and live updates. */
@NullMarked
package org.amilab.base;

import org.jspecify.annotations.NullMarked;
