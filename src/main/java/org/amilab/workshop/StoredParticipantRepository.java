package org.amilab.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredParticipantRepository extends JpaRepository<StoredParticipant, Long> {

    Optional<StoredParticipant> findByWorkshopIdAndUserId(long workshopId, long userId);

    List<StoredParticipant> findByWorkshopIdAndRemovedAtIsNullOrderByJoinedAt(long workshopId);

    List<StoredParticipant> findByUserIdAndRemovedAtIsNull(long userId);

    long countByWorkshopIdAndRemovedAtIsNull(long workshopId);
}
