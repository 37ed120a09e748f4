package org.amilab.playground;

import org.springframework.data.jpa.repository.JpaRepository;

interface LearnerAccountRepository extends JpaRepository<LearnerAccount, Long> {

    boolean existsByAccountId(String accountId);
}
