package org.amilab.progress;

import java.util.List;
import java.util.OptionalLong;
import org.amilab.base.UserIds;
import org.amilab.content.RefusalsMet;
import org.amilab.playground.PlaygroundEventsRecorded;
import org.amilab.simulator.PlaygroundEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps, per learner, each EC2 error code they have been refused with and when first. Hears only
 * committed playground actions, after their transaction and on a thread of its own, so it never
 * slows a learner's click; the event publication registry hands an action to it again after a
 * crash, which is why noting a refusal twice changes nothing.
 */
@Service
public class RefusalsMetService implements RefusalsMet {

    private final RefusalsMetStore store;
    private final UserIds userIds;

    RefusalsMetService(RefusalsMetStore store, UserIds userIds) {
        this.store = store;
        this.userIds = userIds;
    }

    @ApplicationModuleListener
    void on(PlaygroundEventsRecorded recorded) {
        recorded.lines().stream()
                .filter(line -> refusedBy(line, recorded.owner()))
                .forEach(line -> store.noteOnce(recorded.ownerId(), line.errorCode(), line.realAt()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RefusalMet> refusalsMet() {
        OptionalLong userId = userIds.signedIn();
        return userId.isEmpty() ? List.of() : store.metBy(userId.getAsLong());
    }

    /** The learner's own refusals: lines EC2 wrote by itself are never refused. */
    private static boolean refusedBy(PlaygroundEvent line, String owner) {
        return !line.accepted() && line.actor().username().equals(owner);
    }
}
