package org.amilab.workshop;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredWorkshopRepository extends JpaRepository<StoredWorkshop, Long> {

    Optional<StoredWorkshop> findByPublicId(UUID publicId);

    Optional<StoredWorkshop> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    List<StoredWorkshop> findByInstructorIdOrderByStartsAtDesc(long instructorId);

    List<StoredWorkshop> findAllByOrderByStartsAtDesc();
}
