package org.amilab.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttemptCounterRepository extends JpaRepository<AttemptCounter, AttemptKey> {

    /** Locks the row, so parallel attempts for one subject are counted one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from AttemptCounter c where c.key = :key")
    Optional<AttemptCounter> findForUpdate(AttemptKey key);

    @Modifying
    @Query("delete from AttemptCounter c where c.lastAttemptAt < :before")
    int deleteQuietSince(Instant before);
}
