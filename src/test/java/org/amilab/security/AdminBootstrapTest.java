package org.amilab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final PasswordEncoder encoder = PasswordHashing.encoder();

    @Test
    void withoutAnAdminItCreatesOneWithTheGivenPassword() {
        when(accounts.findByUsername("admin")).thenReturn(Optional.empty());
        bootstrap("the given admin passphrase").run(null);
        UserAccount created = savedAccount();
        assertThat(created.getUsername()).isEqualTo("admin");
        assertThat(created.getRole()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches("the given admin passphrase", created.getPasswordHash())).isTrue();
    }

    @Test
    void aGivenPassphraseLongerThanBcryptsLimitIsHashedWhole() {
        // 100 bytes: bcrypt would have failed at 73; the last word must still count
        String passphrase = "the operators admin passphrase for the workshop room on the third floor is long, and ends in granite";
        assertThat(passphrase.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(100);
        when(accounts.findByUsername("admin")).thenReturn(Optional.empty());

        bootstrap(passphrase).run(null);

        String hash = savedAccount().getPasswordHash();
        assertThat(hash).startsWith("{" + PasswordHashing.ARGON2 + "}");
        assertThat(encoder.matches(passphrase, hash)).isTrue();
        assertThat(encoder.matches(passphrase.replace("granite", "marble"), hash)).isFalse();
    }

    @Test
    void withoutAPasswordItGeneratesOneAndLogsItOnce(CapturedOutput output) {
        when(accounts.findByUsername("admin")).thenReturn(Optional.empty());
        bootstrap("").run(null);
        var matcher = Pattern.compile("generated password {2}(\\S{23}) {2}").matcher(output.getOut());
        assertThat(matcher.find()).as("log line with the password").isTrue();
        String logged = matcher.group(1);
        assertThat(encoder.matches(logged, savedAccount().getPasswordHash())).isTrue();
        assertThat(matcher.find()).as("logged only once").isFalse();
    }

    @Test
    void anExistingActiveAdminIsLeftAlone() {
        when(accounts.countByRoleAndEnabledTrue(Role.ADMIN)).thenReturn(1L);
        bootstrap("the given admin passphrase").run(null);
        verify(accounts, never()).save(any());
        verify(accounts, never()).findByUsername(any());
    }

    @Test
    void aWeakGivenPasswordStopsStartUpWithTheReason() {
        assertThatThrownBy(() -> bootstrap("password1").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AMILAB_ADMIN_PASSWORD")
                .hasMessageContaining("commonly used");
        verify(accounts, never()).save(any());
    }

    @Test
    void aDisabledOrDemotedAdminAccountIsRestored() {
        var old = new UserAccount("admin", "Administrator", "{noop}x", Role.LEARNER, Clock.systemUTC().instant());
        old.setEnabled(false);
        when(accounts.findByUsername("admin")).thenReturn(Optional.of(old));
        bootstrap("the given admin passphrase").run(null);
        assertThat(old.getRole()).isEqualTo(Role.ADMIN);
        assertThat(old.isEnabled()).isTrue();
        assertThat(encoder.matches("the given admin passphrase", old.getPasswordHash())).isTrue();
    }

    private AdminBootstrap bootstrap(String password) {
        return new AdminBootstrap(accounts, new PasswordPolicy(), encoder, new AdminProperties(password),
                Clock.systemUTC());
    }

    private UserAccount savedAccount() {
        var saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        return saved.getValue();
    }
}
