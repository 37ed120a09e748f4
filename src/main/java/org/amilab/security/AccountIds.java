package org.amilab.security;

import java.util.OptionalLong;
import org.amilab.base.UserIds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Usernames to account ids: one indexed lookup, as an id never changes. */
@Component
class AccountIds implements UserIds {

    private final UserAccountRepository accounts;

    AccountIds(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalLong idOf(String username) {
        return accounts.findIdByUsername(username).map(OptionalLong::of).orElse(OptionalLong.empty());
    }
}
