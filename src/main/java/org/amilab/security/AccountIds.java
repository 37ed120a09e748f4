package org.amilab.security;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.amilab.base.UserIds;
import org.springframework.stereotype.Component;

/**
 * Usernames to account ids. An account's id never changes and accounts are never deleted (an
 * admin disables them), so an id once found is remembered: every playground call asks.
 */
@Component
class AccountIds implements UserIds {

    private final UserAccountRepository accounts;
    private final Map<String, Long> known = new ConcurrentHashMap<>();

    AccountIds(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public OptionalLong idOf(String username) {
        Long id = known.get(username);
        if (id != null) {
            return OptionalLong.of(id);
        }
        return accounts.findIdByUsername(username).map(found -> {
            known.put(username, found);
            return OptionalLong.of(found);
        }).orElse(OptionalLong.empty());
    }
}
