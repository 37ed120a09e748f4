package org.amilab.challenge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredCompletionRepository extends JpaRepository<StoredCompletion, Long> {

    List<StoredCompletion> findByUserIdOrderByCompletedAt(long userId);
}
