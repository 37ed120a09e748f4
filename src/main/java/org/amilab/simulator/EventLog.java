package org.amilab.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The playground's log as the parts of the playground write it: each accepted action in the
 * learner's name, each refusal with EC2's code, each transition in EC2's name at the moment it fell due.
 */
final class EventLog {

    private final List<PlaygroundEvent> events;
    private final Supplier<Instant> realNow;

    EventLog(List<PlaygroundEvent> events, Supplier<Instant> realNow) {
        this.events = new ArrayList<>(events);
        this.realNow = realNow;
    }

    List<PlaygroundEvent> lines() {
        return List.copyOf(events);
    }

    void log(Actor actor, Instant simulatedAt, EventDetail detail) {
        events.add(new PlaygroundEvent(nextSequence(), simulatedAt, realNow.get(), actor, detail));
    }

    /** A transition is EC2's doing, stamped with the real instant it fell due rather than when it is written down. */
    void logTransition(Instant simulatedAt, Instant realAt, EventDetail detail) {
        events.add(new PlaygroundEvent(nextSequence(), simulatedAt, realAt, Actor.EC2, detail));
    }

    /** Logs what happened, or the refusal against {@code target}, and passes the result on. */
    <T> ActionResult<T> record(Actor actor, EventType type, String target, Instant now,
                               ActionResult<T> result, Function<T, EventDetail> happened) {
        String targetId = target.isBlank() ? EventDetail.NO_TARGET : target;
        if (!result.isSuccess()) {
            return refuse(actor, type, List.of(targetId), now, result.error());
        }
        log(actor, now, happened.apply(result.value()));
        return result;
    }

    <T> ActionResult<T> refuse(Actor actor, EventType type, List<String> targets, Instant now, Ec2Error error) {
        targets.forEach(t -> log(actor, now, new EventDetail.ActionRefused(type, t, error.code(), error.message())));
        return ActionResult.failure(error);
    }

    private long nextSequence() {
        return events.isEmpty() ? 1 : events.get(events.size() - 1).sequence() + 1;
    }
}
