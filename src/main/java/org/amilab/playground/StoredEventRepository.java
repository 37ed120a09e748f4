package org.amilab.playground;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StoredEventRepository extends JpaRepository<StoredEvent, Long> {

    /** JPQL rather than a derived query: Hibernate caches its translation, and every action runs it. */
    @Query("select e from StoredEvent e where e.playgroundId = :playground and e.sequence = :sequence")
    Optional<StoredEvent> findLine(@Param("playground") long playgroundId, @Param("sequence") long sequence);

    List<StoredEvent> findByPlaygroundIdOrderBySequence(long playgroundId);

    /**
     * Sequences run 1, 2, 3... without gaps, so "after n" is the tail of the log. JPQL for the same
     * reason as {@link #findLine}: every view of an open playground, once a second, runs it.
     */
    @Query("select e from StoredEvent e where e.playgroundId = :playground and e.sequence > :after order by e.sequence")
    List<StoredEvent> findTail(@Param("playground") long playgroundId, @Param("after") long after);

    /** A stretch of the log, oldest first: sequences have no gaps, so a range is a page. */
    @Query("select e from StoredEvent e where e.playgroundId = :playground and e.sequence >= :first"
            + " and e.sequence <= :last order by e.sequence")
    List<StoredEvent> findRange(@Param("playground") long playgroundId, @Param("first") long first,
                                @Param("last") long last);
}
