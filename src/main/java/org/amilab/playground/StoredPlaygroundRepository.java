package org.amilab.playground;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredPlaygroundRepository extends JpaRepository<StoredPlayground, Long> {

    Optional<StoredPlayground> findByOwnerUsername(String ownerUsername);

    boolean existsByAccountId(String accountId);
}
