package org.amilab.playground;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StoredPlaygroundRepository extends JpaRepository<StoredPlayground, Long> {

    /** JPQL rather than a derived query: Hibernate caches its translation, and every action runs it. */
    @Query("select p from StoredPlayground p where p.ownerUsername = :owner")
    Optional<StoredPlayground> findByOwnerUsername(@Param("owner") String ownerUsername);

    boolean existsByAccountId(String accountId);
}
