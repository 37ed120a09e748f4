package org.amilab.playground;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StoredPlaygroundRepository extends JpaRepository<StoredPlayground, Long> {

    /** JPQL rather than a derived query: Hibernate caches its translation, and every action runs it. */
    @Query("select p from StoredPlayground p where p.ownerId = :owner and p.purpose = :purpose")
    Optional<StoredPlayground> findByOwner(@Param("owner") long ownerId, @Param("purpose") String purpose);

    default Optional<StoredPlayground> find(PlaygroundKey key) {
        return findByOwner(key.ownerId(), key.purpose());
    }

    boolean existsByAccountId(String accountId);

    /** One query for a whole class: the summaries only, never the playgrounds' documents. */
    @Query("select new org.amilab.playground.PlaygroundSummary(p.ownerId, p.instancesPending, p.instancesRunning,"
            + " p.instancesStopping, p.instancesStopped, p.instancesShuttingDown, p.spendSoFarUsd, p.lastActivityAt)"
            + " from StoredPlayground p where p.ownerId in :owners and p.purpose = :purpose order by p.ownerId")
    List<PlaygroundSummary> summariesOf(@Param("owners") Collection<Long> ownerIds, @Param("purpose") String purpose);
}
