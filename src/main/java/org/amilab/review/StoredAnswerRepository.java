package org.amilab.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredAnswerRepository extends JpaRepository<StoredAnswer, Long> {

    Optional<StoredAnswer> findFirstByUserIdOrderByIdDesc(long userId);

    List<StoredAnswer> findByUserIdAndReviewedAtGreaterThanEqual(long userId, Instant from);

    List<StoredAnswer> findByUserId(long userId);
}
