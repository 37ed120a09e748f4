package org.amilab.playground;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.amilab.simulator.EventType;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 32)
    private EventType eventType;

    @Column(name = "target_id", nullable = false, length = TARGET_LENGTH)
    private String targetId;

    @Column(nullable = false, length = 64)
    private String result;

    @Column(name = "error_code", nullable = false, length = 64)
    private String errorCode;

    protected StoredEvent() {
    }

    StoredEvent(long playgroundId, PlaygroundEvent event) {
        this.playgroundId = playgroundId;
        this.sequence = event.sequence();
        this.simulatedAt = event.simulatedAt();
        this.realAt = event.realAt();
        this.actor = event.actor();
        this.eventType = event.type();
        this.targetId = shortened(event.targetId());
        this.result = event.result();
        this.errorCode = event.errorCode();
    }

    /**
     * A refused launch logs the image id exactly as typed, which can be any length; the log keeps
     * enough of it to recognise, rather than failing the learner's action over a log column.
     */
    private static String shortened(String target) {
        return target.length() <= TARGET_LENGTH ? target : target.substring(0, TARGET_LENGTH - 1) + "…";
    }

    PlaygroundEvent toEvent() {
        return new PlaygroundEvent(sequence, simulatedAt, realAt, actor, eventType, targetId, result, errorCode);
    }
}
