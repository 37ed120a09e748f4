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

    PlaygroundAccess(java.util.List<PlaygroundReadGrant> grants) {
        this.grants = grants;
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

    void checkRead(Viewer viewer, long ownerId) {
        if (!mayRead(viewer, ownerId)) {
            throw new AccessDeniedException("Only its owner can look at a playground.");
        }
    }

    void checkAct(Viewer viewer, long ownerId) {
        if (!mayAct(viewer, ownerId)) {
            throw new AccessDeniedException("Only its owner can act on a playground.");
        }
    }
}
