package org.amilab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.amilab.AmiLabSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
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
    void signUpStoresALearnerWithAnArgon2HashAndALowerCaseName() {
        service.signUp("  Svc-Ana ", "Ana Lima", PASSWORD);
        UserAccount stored = repository.findByUsername("svc-ana").orElseThrow();
        assertThat(stored.getRole()).isEqualTo(Role.LEARNER);
        assertThat(stored.getPasswordHash()).startsWith("{" + PasswordHashing.ARGON2 + "}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, stored.getPasswordHash())).isTrue();
    }

    /** bcrypt reads 72 bytes at most; these passphrases once failed with "Something went wrong". */
    @ParameterizedTest(name = "{0}")
    @MethodSource("longPassphrases")
    void longPassphrasesOfAnyAlphabetAreStoredAndMatchOnlyThemselves(String label, String passphrase) {
        String username = "svc-long-" + Math.abs(label.hashCode() % 100_000);
        service.signUp(username, "Long", passphrase);
        String hash = repository.findByUsername(username).orElseThrow().getPasswordHash();
        assertThat(encoder.matches(passphrase, hash)).isTrue();
        String otherEnd = passphrase.substring(0, passphrase.offsetByCodePoints(passphrase.length(), -1)) + "z";
        assertThat(encoder.matches(otherEnd, hash)).as("the last character counts too").isFalse();
    }

    static Stream<Arguments> longPassphrases() {
        String words = "cedar river lantern orchard meadow copper violet harbour quiet morning ";
        return Stream.of(
                Arguments.of("72 bytes", bytes(words.repeat(2), 72)),
                Arguments.of("73 bytes", bytes(words.repeat(2), 73)),
                Arguments.of("128 bytes", bytes(words.repeat(2), 128)),
                Arguments.of("20 emoji (80 bytes)", "🌲🌊🏮🍎🌾🪙🌸⚓🌙🌅".repeat(2)),
                Arguments.of("64 emoji", "🌲🌊🏮🍎🌾🪙🌸⚓".repeat(8)),
                Arguments.of("128 characters of Greek", "αβγδεζηθικλμνξοπ".repeat(8)));
    }

    private static String bytes(String text, int count) {
        String cut = text.substring(0, count);
        assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSize(count);
        return cut;
    }

    @Test
    @WithMockUser(username = "svc-longer", roles = "LEARNER")
    void aChangedPasswordOfMoreThan72BytesIsStored() {
        service.signUp("svc-longer", "Longer", PASSWORD);
        String longer = "y".repeat(100);
        service.changeMyPassword(PASSWORD, longer);
        assertThat(encoder.matches(longer, repository.findByUsername("svc-longer").orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void oneAddressMaySignUpAWholeClassButNotMore() {
        String address = "192.0.2.77";
        int allowed = Throttle.SIGN_UP_ADDRESS.freeAttempts();
        fromAddress(address, () -> {
            for (int i = 0; i < allowed; i++) {
                service.signUp("svc-class-" + i, "Learner " + i, PASSWORD);
            }
            assertThatThrownBy(() -> service.signUp("svc-class-late", "Late", PASSWORD))
                    .isInstanceOfSatisfying(AccountProblem.class, p -> assertThat(p)
                            .hasMessage("Too many sign-ups from your network. Try again in 30 seconds."));
        });
        assertThat(repository.findByUsername("svc-class-late")).isEmpty();
        fromAddress("192.0.2.78", () -> service.signUp("svc-class-late", "Late", PASSWORD));
        assertThat(repository.findByUsername("svc-class-late")).isPresent();
    }

    @Test
    void theAnswerThatANameIsTakenIsRateLimitedPerAddress() {
        service.signUp("svc-taken", "Taken", PASSWORD);
        fromAddress("192.0.2.90", () -> {
            for (int i = 0; i < Throttle.USERNAME_TAKEN_ADDRESS.freeAttempts(); i++) {
                assertThatThrownBy(() -> service.signUp("svc-taken", "Again", PASSWORD)).hasMessageContaining("already taken");
            }
            assertThatThrownBy(() -> service.signUp("svc-taken", "Again", PASSWORD)).hasMessageContaining("Too many sign-ups");
            assertThatThrownBy(() -> service.signUp("svc-free-name", "Free", PASSWORD)).hasMessageContaining("Too many sign-ups");
        });
    }

    private static void fromAddress(String address, Runnable work) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            work.run();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
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
    @WithMockUser(username = "svc-gus", roles = "LEARNER")
    void fiveWrongCurrentPasswordsMakeTheNextChangeWaitEvenWithTheRightOne() {
        service.signUp("svc-gus", "Gus", PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> service.changeMyPassword("a guess at the password", "a brand new passphrase"))
                    .hasMessage("The current password is not correct.");
        }
        assertThatThrownBy(() -> service.changeMyPassword(PASSWORD, "a brand new passphrase"))
                .isInstanceOfSatisfying(AccountProblem.class, p -> {
                    assertThat(p.field()).isEqualTo(AccountProblem.Field.CURRENT_PASSWORD);
                    assertThat(p.getMessage()).isEqualTo("Too many wrong current passwords. Try again in 1 minute.");
                });
        assertThat(encoder.matches(PASSWORD, repository.findByUsername("svc-gus").orElseThrow().getPasswordHash()))
                .isTrue();
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
