package org.amilab.playground;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.amilab.simulator.Ami;
import org.amilab.simulator.OwnedAmi;
import org.amilab.simulator.SimulatedClock;
import org.jspecify.annotations.Nullable;

/**
 * An AMI its owner shared with other accounts or made public, as the owner's playground had it
 * after their last action, with the owner's simulated clock so that it can be seen at the owner's
 * simulated now. Rewritten with each of the owner's actions; gone when the owner makes it private
 * or deregisters it.
 */
@Entity
@Table(name = "shared_image")
class StoredSharedImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "playground_id", nullable = false, updatable = false)
    private long playgroundId;

    @Column(name = "image_id", nullable = false, updatable = false, length = 21)
    private String imageId;

    @Column(name = "owner_account_id", nullable = false, updatable = false, length = 12)
    private String ownerAccountId;

    @Column(nullable = false, updatable = false, length = 32)
    private String region;

    @Column(name = "public_image", nullable = false)
    private boolean publicImage;

    @Column(nullable = false)
    private String image;

    @Column(name = "clock_real_anchor", nullable = false)
    private Instant clockRealAnchor;

    @Column(name = "clock_sim_anchor", nullable = false)
    private Instant clockSimAnchor;

    @Column(name = "clock_speed", nullable = false)
    private int clockSpeed;

    @Column(name = "clock_paused", nullable = false)
    private boolean clockPaused;

    @Column(name = "taken_down_at")
    private @Nullable Instant takenDownAt;

    @ElementCollection
    @CollectionTable(name = "shared_image_grant", joinColumns = @JoinColumn(name = "shared_image_id"))
    @Column(name = "account_id", length = 12)
    private Set<String> grantees = new HashSet<>();

    protected StoredSharedImage() {
        // for JPA
    }

    StoredSharedImage(long playgroundId, Ami ami) {
        this.playgroundId = playgroundId;
        this.imageId = ami.id();
        this.ownerAccountId = ami.ownerId();
        this.region = ami.region();
    }

    /** The image and the owner's clock as the owner's last action left them. */
    void show(OwnedAmi owned, SimulatedClock ownerClock) {
        Ami ami = owned.ami();
        this.publicImage = ami.launchPermission().isPublic();
        this.image = ResourcesJson.writeImage(owned);
        this.clockRealAnchor = ownerClock.realAnchor();
        this.clockSimAnchor = ownerClock.simAnchor();
        this.clockSpeed = ownerClock.speed();
        this.clockPaused = ownerClock.paused();
        Set<String> now = Set.copyOf(ami.launchPermission().userIds());
        grantees.retainAll(now);
        grantees.addAll(now);
    }

    /** The image as its owner sees it at real instant {@code realNow}: pending images become available on the owner's clock. */
    Ami amiAt(Instant realNow) {
        SimulatedClock ownerClock = new SimulatedClock(clockRealAnchor, clockSimAnchor, clockSpeed, clockPaused);
        return ResourcesJson.readImage(image).amiAt(ownerClock.simulatedNow(realNow));
    }

    /** No longer shared by its owner; kept only to remember a takedown. */
    void withdraw() {
        this.publicImage = false;
        grantees.clear();
    }

    void takeDown(Instant at) {
        this.takenDownAt = at;
    }

    Long getId() {
        return id;
    }

    String imageId() {
        return imageId;
    }

    String ownerAccountId() {
        return ownerAccountId;
    }

    long playgroundId() {
        return playgroundId;
    }

    boolean isPublic() {
        return publicImage;
    }

    Optional<Instant> takenDownAt() {
        return Optional.ofNullable(takenDownAt);
    }
}
