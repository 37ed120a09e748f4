package org.amilab.playground;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import org.amilab.simulator.Money;
import org.amilab.simulator.PlaygroundSettings;
import org.jspecify.annotations.Nullable;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.SimulatedClock;

/**
 * One learner's playground row. Every action changes {@code lastEventSequence} (even a refused one
 * writes a log line), so every action bumps {@code version}: two tabs acting at once can never
 * both commit, whether their actions were accepted or refused.
 */
@Entity
@Table(name = "playground")
class StoredPlayground {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false, updatable = false, length = 64)
    private String purpose;

    @Column(name = "public_id", nullable = false, updatable = false)
    private UUID publicId;

    @Column(name = "account_id", nullable = false, updatable = false, length = 12)
    private String accountId;

    @Column(name = "instance_quota", nullable = false)
    private int instanceQuota;

    @Column(name = "budget_usd", updatable = false, precision = 12, scale = 2)
    private @Nullable BigDecimal budgetUsd;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "clock_real_anchor", nullable = false)
    private Instant clockRealAnchor;

    @Column(name = "clock_sim_anchor", nullable = false)
    private Instant clockSimAnchor;

    @Column(name = "clock_speed", nullable = false)
    private int clockSpeed;

    @Column(name = "clock_paused", nullable = false)
    private boolean clockPaused;

    @Column(name = "last_event_sequence", nullable = false)
    private long lastEventSequence;

    @Column(nullable = false)
    private String resources;

    @Version
    private long version;

    @Column(name = "instances_pending", nullable = false)
    private int instancesPending;

    @Column(name = "instances_running", nullable = false)
    private int instancesRunning;

    @Column(name = "instances_stopping", nullable = false)
    private int instancesStopping;

    @Column(name = "instances_stopped", nullable = false)
    private int instancesStopped;

    @Column(name = "instances_shutting_down", nullable = false)
    private int instancesShuttingDown;

    @Column(name = "spend_so_far_usd", nullable = false, precision = 28, scale = 10)
    private BigDecimal spendSoFarUsd = BigDecimal.ZERO;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    /** Whether some of its AMIs are in {@link StoredSharedImage}: a playground that shares none skips that table. */
    @Column(name = "shares_images", nullable = false)
    private boolean sharesImages;

    protected StoredPlayground() {
    }

    StoredPlayground(PlaygroundKey key, String accountId, PlaygroundSettings settings, Instant startedAt) {
        this.ownerId = key.ownerId();
        this.purpose = key.purpose();
        this.publicId = UUID.randomUUID();
        this.accountId = accountId;
        this.instanceQuota = settings.instanceQuota();
        this.budgetUsd = settings.budget().map(Money::amount).orElse(null);
        this.startedAt = startedAt;
    }

    Long getId() {
        return id;
    }

    long getOwnerId() {
        return ownerId;
    }

    PlaygroundRef ref() {
        return new PlaygroundRef(publicId, purpose);
    }

    String getAccountId() {
        return accountId;
    }

    PlaygroundSettings settings() {
        return new PlaygroundSettings(instanceQuota, Optional.ofNullable(budgetUsd).map(Money::new));
    }

    Instant getStartedAt() {
        return startedAt;
    }

    SimulatedClock clock() {
        return new SimulatedClock(clockRealAnchor, clockSimAnchor, clockSpeed, clockPaused);
    }

    long getLastEventSequence() {
        return lastEventSequence;
    }

    String getResources() {
        return resources;
    }

    long getVersion() {
        return version;
    }

    /** The summary a dashboard reads, in the same row, so it is written in the action's own update. */
    void summarise(Map<InstanceState, Long> instancesByState, BigDecimal spendSoFar, Instant actedAt) {
        this.instancesPending = count(instancesByState, InstanceState.PENDING);
        this.instancesRunning = count(instancesByState, InstanceState.RUNNING);
        this.instancesStopping = count(instancesByState, InstanceState.STOPPING);
        this.instancesStopped = count(instancesByState, InstanceState.STOPPED);
        this.instancesShuttingDown = count(instancesByState, InstanceState.SHUTTING_DOWN);
        this.spendSoFarUsd = spendSoFar;
        this.lastActivityAt = actedAt;
    }

    private static int count(Map<InstanceState, Long> byState, InstanceState state) {
        return byState.getOrDefault(state, 0L).intValue();
    }

    boolean sharesImages() {
        return sharesImages;
    }

    void sharesImages(boolean shares) {
        this.sharesImages = shares;
    }

    /** Writes down what an action left behind; the log lines themselves go to {@link StoredEvent}. */
    void update(SimulatedClock clock, String resourcesJson, long lastSequence) {
        this.clockRealAnchor = clock.realAnchor();
        this.clockSimAnchor = clock.simAnchor();
        this.clockSpeed = clock.speed();
        this.clockPaused = clock.paused();
        this.resources = resourcesJson;
        this.lastEventSequence = lastSequence;
    }
}
