package org.amilab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.amilab.AmiLabSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

@AmiLabSpringTest
class ThrottledAuthenticationProviderTest {

    private static final String PASSWORD = "walnut harbour evening";

    @Autowired
    ThrottledAuthenticationProvider provider;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;

    @Test
    void signsInWithTheRightPasswordAndGrantsTheRolesOfTheAccount() {
        accounts.signUp("auth-gus", "Gus", PASSWORD);
        Authentication result = provider.authenticate(attempt("Auth-Gus", PASSWORD));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getName()).isEqualTo("auth-gus");
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_LEARNER");
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefused() {
        accounts.signUp("auth-hana", "Hana", PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("auth-hana", "not the password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(attempt("auth-hana", PASSWORD)))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("paused for 15 minutes");
    }

    @Test
    void unknownUsernamesAreThrottledToo() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("auth-nobody", "whatever it is")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(attempt("auth-nobody", "whatever it is")))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        accounts.signUp("auth-ivo", "Ivo", PASSWORD);
        repository.findByUsername("auth-ivo").ifPresent(account -> {
            account.setEnabled(false);
            repository.save(account);
        });
        assertThatThrownBy(() -> provider.authenticate(attempt("auth-ivo", PASSWORD)))
                .isInstanceOf(DisabledException.class);
    }

    private static Authentication attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
