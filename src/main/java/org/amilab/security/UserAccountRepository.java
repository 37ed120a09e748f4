package org.amilab.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    @Query("select a.id from UserAccount a where a.username = :username")
    Optional<Long> findIdByUsername(@Param("username") String username);

    boolean existsByUsername(String username);

    long countByRoleAndEnabledTrue(Role role);

    List<UserAccount> findAllByOrderByUsernameAsc();
}
