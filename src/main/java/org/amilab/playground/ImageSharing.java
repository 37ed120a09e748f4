package org.amilab.playground;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amilab.base.UserIds;
import org.amilab.content.ContentService;
import org.amilab.simulator.Ami;
import org.amilab.simulator.ImageState;
import org.amilab.simulator.LaunchPermission;
import org.amilab.simulator.OwnedAmi;
import org.amilab.simulator.Playground;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * AMIs crossing from one learner's playground to another's. Every learner is an AWS account with a
 * 12-digit id; an AMI its owner shares with such an id, or makes public, is copied into a table of
 * its own in the same transaction as the owner's action, and other learners' playgrounds read that
 * table, never the owner's playground. An admin can take a public AMI out of Community.
 */
@Service
public class ImageSharing {

    private static final long ACCOUNT_IDS = 1_000_000_000_000L;

    private final LearnerAccountRepository learners;
    private final StoredSharedImageRepository shared;
    private final StoredPlaygroundRepository playgrounds;
    private final ContentService content;
    private final UserIds userIds;
    private final Clock clock;

    ImageSharing(LearnerAccountRepository learners, StoredSharedImageRepository shared,
                 StoredPlaygroundRepository playgrounds, ContentService content, UserIds userIds, Clock clock) {
        this.learners = learners;
        this.shared = shared;
        this.playgrounds = playgrounds;
        this.content = content;
        this.userIds = userIds;
        this.clock = clock;
    }

    /** A public AMI as an admin reviews it: its owner's account and whether it was taken down. */
    public record PublicImage(long id, Ami ami, Optional<Instant> takenDownAt) {
    }

    /** The signed-in learner's account id, given to them the first time it is asked for. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String myAccountId() {
        long userId = userIds.signedIn()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to have an account id."));
        return accountIdOf(userId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<PublicImage> publicImages() {
        Instant now = clock.instant();
        return shared.publicOnes().stream().map(row -> new PublicImage(row.getId(), row.amiAt(now), row.takenDownAt()))
                .filter(image -> image.ami().state() != ImageState.DEREGISTERED).toList();
    }

    /** Takes a public AMI out of every other learner's Community tab; its owner keeps it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void takeDown(long publicImageId) {
        StoredSharedImage row = shared.findById(publicImageId).filter(StoredSharedImage::isPublic)
                .orElseThrow(() -> new NoSuchElementException("There is no public AMI " + publicImageId + "."));
        if (row.takenDownAt().isEmpty()) {
            row.takeDown(clock.instant());
        }
    }

    /** The account id of a learner, made once; their free playground is that account. */
    String accountIdOf(long userId) {
        return learners.findById(userId).map(LearnerAccount::accountId).orElseGet(() -> {
            String id = newAccountId();
            try {
                learners.saveAndFlush(new LearnerAccount(userId, id));
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException otherTabWasFirst) {
                // a second tab of a new learner: the first one's id is there once it commits
                throw new ChangedMeanwhileException(otherTabWasFirst);
            }
            return id;
        });
    }

    /** A fresh id, not a learner's, not a playground's and not that of a publisher of the catalog. */
    String newAccountId() {
        String id;
        do {
            id = String.format("%012d", ThreadLocalRandom.current().nextLong(ACCOUNT_IDS));
        } while (learners.existsByAccountId(id) || playgrounds.existsByAccountId(id) || isPublisher(id));
        return id;
    }

    private boolean isPublisher(String accountId) {
        return content.catalog().amis().stream().anyMatch(ami -> ami.ownerId().equals(accountId));
    }

    /** The AMIs other accounts let {@code accountId} launch, each as its owner has it now. */
    List<Ami> visibleTo(String accountId, Instant realNow) {
        return shared.visibleTo(accountId).stream().map(row -> row.amiAt(realNow))
                .filter(ami -> ami.state() != ImageState.DEREGISTERED).toList();
    }

    /** When an admin took which of the playground's AMIs out of Community; nothing to look up for one that shares none. */
    Map<String, Instant> takenDownIn(StoredPlayground stored) {
        if (!stored.sharesImages()) {
            return Map.of();
        }
        return shared.findByPlaygroundId(stored.getId()).stream().filter(row -> row.takenDownAt().isPresent())
                .collect(Collectors.toMap(StoredSharedImage::imageId, row -> row.takenDownAt().get()));
    }

    /** After an action of the owner: what they share now replaces what they shared before. */
    void publish(StoredPlayground stored, Playground playground) {
        // runs with every save: the registered images only, not a copy of the whole state
        List<OwnedAmi> sharing = playground.myImages().stream()
                .filter(image -> !image.ami().launchPermission().equals(LaunchPermission.PRIVATE))
                .toList();
        if (sharing.isEmpty() && !stored.sharesImages()) {
            return;
        }
        Map<String, StoredSharedImage> before = shared.findByPlaygroundId(stored.getId()).stream()
                .collect(Collectors.toMap(StoredSharedImage::imageId, Function.identity()));
        for (OwnedAmi image : sharing) {
            StoredSharedImage row = Optional.ofNullable(before.remove(image.ami().id()))
                    .orElseGet(() -> new StoredSharedImage(stored.getId(), image.ami()));
            row.show(image, playground.clock());
            shared.save(row);
        }
        // a takedown outlives the sharing, so that making the AMI public again does not undo it
        before.values().stream().filter(row -> row.takenDownAt().isPresent()).forEach(StoredSharedImage::withdraw);
        shared.deleteAll(before.values().stream().filter(row -> row.takenDownAt().isEmpty()).toList());
        stored.sharesImages(!sharing.isEmpty() || before.values().stream().anyMatch(row -> row.takenDownAt().isPresent()));
    }
}
