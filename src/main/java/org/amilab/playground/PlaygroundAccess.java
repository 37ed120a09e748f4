package org.amilab.playground;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may read or act on a playground. Every way in (the page, the
 * service's reads and commands, and later a workshop dashboard and the EC2 API) asks here. Today
 * only its owner may do either; a workshop's instructor and an admin will be let in to read, for
 * the playgrounds of the workshop's participants, when workshops exist.
 */
@Component
class PlaygroundAccess {

    /** Someone asking, by account id. */
    record Viewer(long userId) {
    }

    private final java.util.List<PlaygroundReadGrant> grants;
    private final java.util.List<PlaygroundUseCondition> conditions;

    PlaygroundAccess(java.util.List<PlaygroundReadGrant> grants, java.util.List<PlaygroundUseCondition> conditions) {
        this.grants = grants;
        this.conditions = conditions;
    }

    void checkRead(Viewer viewer, PlaygroundKey key) {
        if (!mayRead(viewer, key.purpose(), key.ownerId()) || !usable(key)) {
            throw new AccessDeniedException("Only its owner can look at a playground.");
        }
    }

    void checkAct(Viewer viewer, PlaygroundKey key) {
        if (!mayAct(viewer, key.ownerId()) || !usable(key)) {
            throw new AccessDeniedException("Only its owner can act on a playground.");
        }
    }

    /** Whether every feature's condition lets this playground be used at all (a removed participant's workshop one is not). */
    private boolean usable(PlaygroundKey key) {
        return conditions.stream().allMatch(condition -> condition.ownerMayUse(key.ownerId(), key.purpose()));
    }

    /** The owner, or someone a feature's grant lets read this playground (an instructor, a participant's workshop one). */
    boolean mayRead(Viewer viewer, String purpose, long ownerId) {
        return mayRead(viewer, ownerId) || grants.stream().anyMatch(g -> g.letsRead(viewer.userId(), purpose, ownerId));
    }

    boolean mayRead(Viewer viewer, long ownerId) {
        return viewer.userId() == ownerId;
    }

    boolean mayAct(Viewer viewer, long ownerId) {
        return viewer.userId() == ownerId;
    }

}
