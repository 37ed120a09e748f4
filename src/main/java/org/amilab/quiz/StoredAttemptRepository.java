package org.amilab.quiz;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredAttemptRepository extends JpaRepository<StoredAttempt, Long> {

    List<StoredAttempt> findByUserIdAndLessonIdOrderByStartedAtDesc(long userId, String lessonId);

    List<StoredAttempt> findByUserIdAndSubmittedAtIsNotNull(long userId);

    Optional<StoredAttempt> findFirstByUserIdAndLessonIdAndSubmittedAtIsNullOrderByStartedAtDesc(long userId,
            String lessonId);
}
