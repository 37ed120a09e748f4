package org.amilab.challenge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredRunRepository extends JpaRepository<StoredRun, Long> {

    Optional<StoredRun> findByUserIdAndChallengeId(long userId, String challengeId);

    List<StoredRun> findByUserIdOrderByStartedAt(long userId);
}
