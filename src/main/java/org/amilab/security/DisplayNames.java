package org.amilab.security;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names people chose to be shown by, for the features that list them to someone else (an
 * instructor's participants). Only names: the feature asking decides who may see whom.
 */
@Component
public class DisplayNames {

    private final UserAccountRepository accounts;

    DisplayNames(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** By account id; ids with no account are left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> of(Collection<Long> ids) {
        return accounts.findAllById(ids).stream().collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }
}
