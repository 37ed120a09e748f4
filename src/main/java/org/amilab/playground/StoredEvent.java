package org.amilab.playground;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.amilab.simulator.Actor;
import org.amilab.simulator.PlaygroundEvent;
import org.hibernate.annotations.Immutable;

/** One line of a playground's log. Lines are only ever appended, never changed. */
@Entity
@Immutable
@Table(name = "playground_event")
class StoredEvent {

    static final int TARGET_LENGTH = 128;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "playground_id", nullable = false)
    private long playgroundId;

    @Column(nullable = false)
    private long sequence;

    @Column(name = "simulated_at", nullable = false)
    private Instant simulatedAt;

    @Column(name = "real_at", nullable = false)
    private Instant realAt;

    @Column(nullable = false, length = 32)
    private String actor;

    @Column(nullable = false, length = 40)
    private String kind;

    /** Copied out of the payload so that "every line about this instance" is a plain query. */
    @Column(name = "target_id", nullable = false, length = TARGET_LENGTH)
    private String targetId;

    /** Copied out of the payload so that "which refusals did they meet" is a plain query. */
    @Column(name = "error_code", nullable = false, length = 64)
    private String errorCode;

    @Column(nullable = false)
    private String payload;

    protected StoredEvent() {
    }

    StoredEvent(long playgroundId, PlaygroundEvent event) {
        this.playgroundId = playgroundId;
        this.sequence = event.sequence();
        this.simulatedAt = event.simulatedAt();
        this.realAt = event.realAt();
        this.actor = event.actor().username();
        this.kind = EventJson.kindOf(event.detail());
        this.targetId = shortened(event.targetId());
        this.errorCode = event.errorCode();
        this.payload = EventJson.payloadOf(event.detail());
    }

    /**
     * A refused launch logs the image id exactly as typed, which can be any length: the column keeps
     * enough of it to find the line; the payload keeps all of it.
     */
    private static String shortened(String target) {
        return target.length() <= TARGET_LENGTH ? target : target.substring(0, TARGET_LENGTH - 1) + "…";
    }

    PlaygroundEvent toEvent() {
        return new PlaygroundEvent(sequence, simulatedAt, realAt, new Actor(actor), EventJson.read(kind, payload));
    }
}
