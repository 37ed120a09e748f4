package org.amilab.playground;

/**
 * A feature's condition on the playgrounds it made: a workshop's playground is its participant's
 * only while they are in the workshop. The playground asks every condition before its owner, or
 * anyone a grant lets in, reads or acts; it knows none of the features behind them.
 */
public interface PlaygroundUseCondition {

    boolean ownerMayUse(long ownerId, String purpose);
}
