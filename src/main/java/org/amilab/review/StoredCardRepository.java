package org.amilab.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredCardRepository extends JpaRepository<StoredCard, Long> {

    List<StoredCard> findByUserId(long userId);

    Optional<StoredCard> findByUserIdAndCardId(long userId, String cardId);
}
