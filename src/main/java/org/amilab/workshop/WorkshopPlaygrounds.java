package org.amilab.workshop;

import org.amilab.playground.PlaygroundReadGrant;
import org.amilab.playground.PlaygroundUseCondition;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may use a workshop playground: its participant while they are in the workshop (a removed one
 * no longer may), and the workshop's instructor, or an admin, to read it, and nothing else of theirs.
 */
@Component
class WorkshopPlaygrounds implements PlaygroundReadGrant, PlaygroundUseCondition {

    private final StoredWorkshopRepository workshops;
    private final StoredParticipantRepository participants;

    WorkshopPlaygrounds(StoredWorkshopRepository workshops, StoredParticipantRepository participants) {
        this.workshops = workshops;
        this.participants = participants;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean letsRead(long viewerId, String purpose, long ownerId) {
        if (!purpose.startsWith(Workshop.PURPOSE_PREFIX)) {
            return false;
        }
        return Workshop.idOf(purpose.substring(Workshop.PURPOSE_PREFIX.length())).flatMap(workshops::findByPublicId)
                .filter(w -> w.instructorId() == viewerId || WorkshopService.isAdmin())
                .flatMap(w -> participants.findByWorkshopIdAndUserId(w.id(), ownerId)).filter(p -> !p.removed())
                .isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean ownerMayUse(long ownerId, String purpose) {
        if (!purpose.startsWith(Workshop.PURPOSE_PREFIX)) {
            return true;
        }
        return Workshop.idOf(purpose.substring(Workshop.PURPOSE_PREFIX.length())).flatMap(workshops::findByPublicId)
                .flatMap(w -> participants.findByWorkshopIdAndUserId(w.id(), ownerId)).filter(p -> !p.removed())
                .isPresent();
    }
}
