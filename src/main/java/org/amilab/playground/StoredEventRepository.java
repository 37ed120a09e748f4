package org.amilab.playground;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredEventRepository extends JpaRepository<StoredEvent, Long> {

    Optional<StoredEvent> findByPlaygroundIdAndSequence(long playgroundId, long sequence);

    List<StoredEvent> findByPlaygroundIdOrderBySequence(long playgroundId);

    /** Sequences run 1, 2, 3... without gaps, so "after n" is the tail of the log. */
    List<StoredEvent> findByPlaygroundIdAndSequenceGreaterThanOrderBySequence(long playgroundId, long sequence);
}
