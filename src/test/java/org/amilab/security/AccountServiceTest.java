package org.amilab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.amilab.AmiLabSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@AmiLabSpringTest
class AccountServiceTest {

    private static final String PASSWORD = "juniper lantern morning";

    @Autowired
    AccountService service;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void signUpStoresALearnerWithABcryptHashAndALowerCaseName() {
        service.signUp("  Svc-Ana ", "Ana Lima", PASSWORD);
        UserAccount stored = repository.findByUsername("svc-ana").orElseThrow();
        assertThat(stored.getRole()).isEqualTo(Role.LEARNER);
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, stored.getPasswordHash())).isTrue();
    }

    @Test
    void signUpRefusesATakenNameWhateverTheCase() {
        service.signUp("svc-ben", "Ben", PASSWORD);
        assertThatThrownBy(() -> service.signUp("SVC-BEN", "Other Ben", PASSWORD))
                .isInstanceOfSatisfying(AccountProblem.class, p -> {
                    assertThat(p.field()).isEqualTo(AccountProblem.Field.USERNAME);
                    assertThat(p).hasMessageContaining("already taken");
                });
    }

    @Test
    void signUpNamesTheFieldOfEachProblem() {
        assertThat(problemOf("a", "A", PASSWORD).field()).isEqualTo(AccountProblem.Field.USERNAME);
        assertThat(problemOf("svc-cara", " ", PASSWORD).field()).isEqualTo(AccountProblem.Field.DISPLAY_NAME);
        assertThat(problemOf("svc-cara", "x".repeat(61), PASSWORD).field()).isEqualTo(AccountProblem.Field.DISPLAY_NAME);
        assertThat(problemOf("svc-cara", "Cara", "password1").field()).isEqualTo(AccountProblem.Field.PASSWORD);
        assertThat(problemOf("svc-cara", "Cara", "svc-cara").field()).isEqualTo(AccountProblem.Field.PASSWORD);
        assertThat(repository.findByUsername("svc-cara")).isEmpty();
    }

    @Test
    void administrationNeedsTheAdminRole() {
        assertThatThrownBy(() -> service.allAccounts()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "svc-learner", roles = "LEARNER")
    void aLearnerCannotListOrChangeAccounts() {
        assertThatThrownBy(() -> service.allAccounts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.changeRole("admin", Role.LEARNER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setEnabled("admin", false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"LEARNER", "INSTRUCTOR", "ADMIN"})
    void anAdminChangesRolesAndDisablesAccounts() {
        service.signUp("svc-dora", "Dora", PASSWORD);
        assertThat(service.changeRole("svc-dora", Role.INSTRUCTOR).role()).isEqualTo(Role.INSTRUCTOR);
        assertThat(service.setEnabled("svc-dora", false).enabled()).isFalse();
        assertThat(service.allAccounts()).anySatisfy(a -> {
            assertThat(a.username()).isEqualTo("svc-dora");
            assertThat(a.enabled()).isFalse();
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = {"LEARNER", "INSTRUCTOR", "ADMIN"})
    void theLastActiveAdminCannotBeDemotedOrDisabled() {
        assertThat(repository.countByRoleAndEnabledTrue(Role.ADMIN)).isEqualTo(1);
        assertThatThrownBy(() -> service.changeRole("admin", Role.LEARNER)).hasMessageContaining("last active admin");
        assertThatThrownBy(() -> service.setEnabled("admin", false)).hasMessageContaining("your own account");
        assertThat(repository.findByUsername("admin").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    @WithMockUser(username = "svc-emil", roles = "LEARNER")
    void changingMyPasswordNeedsTheCurrentOne() {
        service.signUp("svc-emil", "Emil", PASSWORD);
        assertThatThrownBy(() -> service.changeMyPassword("wrong guess here", "a brand new passphrase"))
                .isInstanceOfSatisfying(AccountProblem.class,
                        p -> assertThat(p.field()).isEqualTo(AccountProblem.Field.CURRENT_PASSWORD));
        service.changeMyPassword(PASSWORD, "a brand new passphrase");
        assertThat(encoder.matches("a brand new passphrase",
                repository.findByUsername("svc-emil").orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    @WithMockUser(username = "svc-fay", roles = "LEARNER")
    void myProfileChangesOnlyTouchMyOwnAccount() {
        service.signUp("svc-fay", "Fay", PASSWORD);
        service.changeMyDisplayName("Fay Okafor");
        service.rememberMyTheme(true);
        assertThat(service.myAccount()).hasValueSatisfying(a -> assertThat(a.displayName()).isEqualTo("Fay Okafor"));
        assertThat(service.myThemeIsDark()).isTrue();
        assertThat(repository.findByUsername("admin").orElseThrow().getDisplayName()).isNotEqualTo("Fay Okafor");
    }

    private AccountProblem problemOf(String username, String displayName, String password) {
        try {
            service.signUp(username, displayName, password);
        } catch (AccountProblem problem) {
            return problem;
        }
        throw new AssertionError("expected a refusal for " + username);
    }
}
