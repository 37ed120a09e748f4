package org.amilab.workshop;

import org.amilab.playground.PlaygroundReadGrant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A workshop's instructor may read the workshop playgrounds of its participants, and nothing else of theirs. */
@Component
class InstructorReads implements PlaygroundReadGrant {

    private final StoredWorkshopRepository workshops;
    private final StoredParticipantRepository participants;

    InstructorReads(StoredWorkshopRepository workshops, StoredParticipantRepository participants) {
        this.workshops = workshops;
        this.participants = participants;
    }

    private static boolean isAdmin() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean letsRead(long viewerId, String purpose, long ownerId) {
        if (!purpose.startsWith(Workshop.PURPOSE_PREFIX)) {
            return false;
        }
        return Workshop.idOf(purpose.substring(Workshop.PURPOSE_PREFIX.length())).flatMap(workshops::findByPublicId)
                .filter(w -> w.instructorId() == viewerId || isAdmin())
                .flatMap(w -> participants.findByWorkshopIdAndUserId(w.id(), ownerId)).filter(p -> !p.removed())
                .isPresent();
    }
}
