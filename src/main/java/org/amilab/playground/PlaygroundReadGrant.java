package org.amilab.playground;

/**
 * Someone other than a playground's owner whom a feature lets read it: a workshop lets its
 * instructor read its participants' workshop playgrounds. The playground asks every grant; it
 * knows none of the features behind them.
 */
public interface PlaygroundReadGrant {

    boolean letsRead(long viewerId, String purpose, long ownerId);
}
