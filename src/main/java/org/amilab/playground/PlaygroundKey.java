package org.amilab.playground;

/** A playground as the database finds it: its owner's account id and its purpose. */
record PlaygroundKey(long ownerId, String purpose) {

    static PlaygroundKey freeOf(long ownerId) {
        return new PlaygroundKey(ownerId, PlaygroundRef.FREE);
    }
}
