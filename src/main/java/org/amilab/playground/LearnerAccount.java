package org.amilab.playground;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The AWS account id of a learner: the account their free playground is, and what others share AMIs with. */
@Entity
@Table(name = "learner_account")
class LearnerAccount {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "account_id", nullable = false, updatable = false, length = 12)
    private String accountId;

    protected LearnerAccount() {
        // for JPA
    }

    LearnerAccount(long userId, String accountId) {
        this.userId = userId;
        this.accountId = accountId;
    }

    String accountId() {
        return accountId;
    }
}
