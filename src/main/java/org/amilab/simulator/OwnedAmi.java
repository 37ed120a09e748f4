package org.amilab.simulator;

import java.time.Instant;
import java.util.Optional;

/**
 * An AMI the learner created. {@code ami.state()} is the state last written down; the state at any
 * instant follows from the timestamps (pending until {@code availableAt}, deregistered from
 * {@code deregisteredAt}, which is empty while registered).
 */
public record OwnedAmi(Ami ami, Instant createdAt, Instant availableAt, Optional<Instant> deregisteredAt, String madeFrom) {

    public OwnedAmi {
        Require.present(ami, "ami");
        Require.present(createdAt, "createdAt");
        Require.present(availableAt, "availableAt");
        Require.that(!availableAt.isBefore(createdAt), "an image cannot be available before it was created");
        deregisteredAt = Require.orNone(deregisteredAt);
        // an image stored before its origin was kept has none
        madeFrom = madeFrom == null ? "" : madeFrom;
    }

    /** A new image, pending until {@code availableAt}, made from an instance, an AMI or an import task. */
    public static OwnedAmi registered(Ami ami, Instant createdAt, Instant availableAt, String madeFrom) {
        return new OwnedAmi(ami, createdAt, availableAt, Optional.empty(), madeFrom);
    }

    /** How far a pending image is, from 0 to 1, at {@code t}. */
    public double progressAt(Instant t) {
        long all = java.time.Duration.between(createdAt, availableAt).toMillis();
        long done = java.time.Duration.between(createdAt, t).toMillis();
        return all <= 0 ? 1 : Math.min(1, Math.max(0, (double) done / all));
    }

    public String id() {
        return ami.id();
    }

    public ImageState stateAt(Instant t) {
        if (Require.reached(deregisteredAt, t)) {
            return ImageState.DEREGISTERED;
        }
        return t.isBefore(availableAt) ? ImageState.PENDING : ImageState.AVAILABLE;
    }

    /** The AMI as EC2 would describe it at {@code t}. */
    public Ami amiAt(Instant t) {
        return ami.withState(stateAt(t));
    }

    public boolean becomesAvailableBy(Instant now) {
        return ami.state() == ImageState.PENDING && stateAt(now) == ImageState.AVAILABLE;
    }

    public OwnedAmi materialisedAt(Instant now) {
        return becomesAvailableBy(now) ? new OwnedAmi(ami.withState(ImageState.AVAILABLE), createdAt, availableAt, deregisteredAt, madeFrom) : this;
    }

    public OwnedAmi deregistered(Instant at) {
        return new OwnedAmi(ami.withState(ImageState.DEREGISTERED), createdAt, availableAt, Optional.of(at), madeFrom);
    }

    public OwnedAmi withLaunchPermission(LaunchPermission permission) {
        return new OwnedAmi(ami.withLaunchPermission(permission), createdAt, availableAt, deregisteredAt, madeFrom);
    }
}
