package org.amilab.playground;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StoredSharedImageRepository extends JpaRepository<StoredSharedImage, Long> {

    List<StoredSharedImage> findByPlaygroundId(long playgroundId);

    /** What another account may launch: shared with it by id, or public and not taken down. */
    @Query("select distinct s from StoredSharedImage s left join s.grantees g where s.ownerAccountId <> :account"
            + " and ((s.publicImage = true and s.takenDownAt is null) or g = :account) order by s.id")
    List<StoredSharedImage> visibleTo(@Param("account") String accountId);

    @Query("select s from StoredSharedImage s where s.publicImage = true order by s.id")
    List<StoredSharedImage> publicOnes();

    Optional<StoredSharedImage> findByImageIdAndOwnerAccountId(String imageId, String ownerAccountId);
}
