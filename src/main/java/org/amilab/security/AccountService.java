package org.amilab.security;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.amilab.base.SignedIn;
import org.amilab.security.AccountProblem.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Accounts: sign-up, the signed-in person's own profile, and administration. Methods about "my"
 * account take the username from the security context, never from the caller, so nobody can edit
 * someone else's profile by passing another name.
 */
@Service
@Transactional
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    static final int DISPLAY_NAME_MAX = 60;

    private final UserAccountRepository accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ActiveSessions activeSessions;
    private final AttemptCounters attempts;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
            ActiveSessions activeSessions, AttemptCounters attempts, Clock clock) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.activeSessions = activeSessions;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Creates a learner account. Usernames are stored in lower case, so "Ana" and "ana" are one name. */
    public AccountSummary signUp(String username, String displayName, String password) {
        String name = normaliseUsername(username);
        String shownAs = checkDisplayName(displayName);
        passwordProblem(name, password).ifPresent(problem -> {
            throw new AccountProblem(Field.PASSWORD, problem);
        });
        var from = ClientRequest.address();
        from.ifPresent(this::countSignUp);
        if (accounts.existsByUsername(name)) {
            from.ifPresent(this::countTakenAnswer);
            throw usernameTaken(name);
        }
        try {
            var account = accounts.saveAndFlush(new UserAccount(name, shownAs, passwordEncoder.encode(password),
                    Role.LEARNER, clock.instant()));
            log.info("account created: '{}'", name);
            return account.summary();
        } catch (DataIntegrityViolationException raceWithSameName) {
            throw usernameTaken(name);
        }
    }

    /**
     * Sign-ups from one address are limited, and so are the answers that a name is taken, which
     * would otherwise list the accounts. Both are counted before anything is looked up.
     */
    private void countSignUp(String from) {
        var signUps = AttemptKey.of(Throttle.SIGN_UP_ADDRESS, from);
        var takenAnswers = AttemptKey.of(Throttle.USERNAME_TAKEN_ADDRESS, from);
        attempts.withLocked(List.of(signUps, takenAnswers), locked -> {
            var wait = locked.get(signUps).waitRemaining(locked.now())
                    .or(() -> locked.get(takenAnswers).waitRemaining(locked.now()));
            if (wait.isEmpty()) {
                locked.get(signUps).count(locked.now());
            }
            return wait;
        }).ifPresent(wait -> {
            log.warn("sign-up refused: too many from {}, {} s to wait", from, wait.toSeconds());
            throw new AccountProblem(Field.USERNAME, "Too many sign-ups from your network. Try again in "
                    + ThrottledAuthenticationProvider.inWords(wait) + ".");
        });
    }

    private void countTakenAnswer(String from) {
        var takenAnswers = AttemptKey.of(Throttle.USERNAME_TAKEN_ADDRESS, from);
        attempts.withLocked(List.of(takenAnswers), locked -> {
            locked.get(takenAnswers).count(locked.now());
            return null;
        });
    }

    /** Why this password would be refused for this username, for feedback while typing. */
    @Transactional(readOnly = true)
    public Optional<String> passwordProblem(String username, String password) {
        return passwordPolicy.problemWith(username, password);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> myAccount() {
        return SignedIn.username().flatMap(accounts::findByUsername).map(UserAccount::summary);
    }

    @Transactional(readOnly = true)
    public boolean myThemeIsDark() {
        return SignedIn.username().flatMap(accounts::findByUsername).map(UserAccount::isDarkTheme).orElse(false);
    }

    @PreAuthorize("isAuthenticated()")
    public void rememberMyTheme(boolean dark) {
        me().setDarkTheme(dark);
    }

    @PreAuthorize("isAuthenticated()")
    public AccountSummary changeMyDisplayName(String displayName) {
        UserAccount account = me();
        account.setDisplayName(checkDisplayName(displayName));
        return account.summary();
    }

    @PreAuthorize("isAuthenticated()")
    public void changeMyPassword(String currentPassword, String newPassword) {
        UserAccount account = me();
        checkCurrentPassword(account, currentPassword);
        passwordProblem(account.getUsername(), newPassword).ifPresent(problem -> {
            throw new AccountProblem(Field.PASSWORD, problem);
        });
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        log.info("password changed by '{}'", account.getUsername());
        endSessionsAfterCommit(account.getUsername(), ClientRequest.session());
    }

    /** Counted before the check, as sign-ins are, so parallel guesses cannot slip past the limit. */
    private void checkCurrentPassword(UserAccount account, String currentPassword) {
        var wrongOnes = AttemptKey.of(Throttle.CURRENT_PASSWORD_USERNAME, account.getUsername());
        attempts.withLocked(List.of(wrongOnes), locked -> {
            var wait = locked.get(wrongOnes).waitRemaining(locked.now());
            if (wait.isEmpty()) {
                locked.get(wrongOnes).count(locked.now());
            }
            return wait;
        }).ifPresent(wait -> {
            log.warn("password change refused: too many wrong current passwords for '{}', {} s to wait",
                    account.getUsername(), wait.toSeconds());
            throw new AccountProblem(Field.CURRENT_PASSWORD, "Too many wrong current passwords. Try again in "
                    + ThrottledAuthenticationProvider.inWords(wait) + ".");
        });
        if (currentPassword == null || currentPassword.length() > ThrottledAuthenticationProvider.LONGEST_PASSWORD_CHECKED
                || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            log.warn("password change refused: wrong current password for '{}'", account.getUsername());
            throw new AccountProblem(Field.CURRENT_PASSWORD, "The current password is not correct.");
        }
        attempts.withLocked(List.of(wrongOnes), locked -> {
            locked.get(wrongOnes).forget();
            return null;
        });
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> allAccounts() {
        return accounts.findAllByOrderByUsernameAsc().stream().map(UserAccount::summary).toList();
    }

    /** The person's open sessions end, so the new role applies from their next sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary changeRole(String username, Role role) {
        UserAccount account = existing(username);
        if (account.getRole() == role) {
            return account.summary();
        }
        if (account.getRole() == Role.ADMIN && account.isEnabled()) {
            refuseLosingLastAdmin("remove the admin role from");
        }
        account.setRole(role);
        log.info("role of '{}' changed to {} by '{}'", account.getUsername(), role, SignedIn.username().orElse("?"));
        endSessionsAfterCommit(account.getUsername());
        return account.summary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary setEnabled(String username, boolean enabled) {
        UserAccount account = existing(username);
        if (!enabled && SignedIn.username().filter(account.getUsername()::equals).isPresent()) {
            throw new AccountProblem(Field.ACCOUNT, "You cannot disable your own account.");
        }
        if (!enabled && account.getRole() == Role.ADMIN && account.isEnabled()) {
            refuseLosingLastAdmin("disable");
        }
        account.setEnabled(enabled);
        log.info("account '{}' {} by '{}'", account.getUsername(), enabled ? "enabled" : "disabled",
                SignedIn.username().orElse("?"));
        if (!enabled) {
            endSessionsAfterCommit(account.getUsername());
        }
        return account.summary();
    }

    /** Signs the person out everywhere, e.g. after a lost laptop; their next sign-in works as before. */
    @PreAuthorize("hasRole('ADMIN')")
    public int endSessionsOf(String username) {
        UserAccount account = existing(username);
        int ended = activeSessions.endSessionsOf(account.getUsername(), ClientRequest.session());
        log.info("{} session(s) of '{}' ended by '{}'", ended, account.getUsername(), SignedIn.username().orElse("?"));
        return ended;
    }

    private void endSessionsAfterCommit(String username) {
        endSessionsAfterCommit(username, Optional.empty());
    }

    /** Only a change that was really saved may throw someone out. */
    private void endSessionsAfterCommit(String username, Optional<HttpSession> except) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                log.info("{} session(s) of '{}' ended", activeSessions.endSessionsOf(username, except), username);
            }
        });
    }

    private void refuseLosingLastAdmin(String action) {
        if (accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new AccountProblem(Field.ACCOUNT,
                    "You cannot " + action + " the last active admin: make someone else an admin first.");
        }
    }

    private UserAccount me() {
        return SignedIn.username().flatMap(accounts::findByUsername)
                .orElseThrow(() -> new AccountProblem(Field.ACCOUNT, "You are not signed in."));
    }

    private UserAccount existing(String username) {
        return accounts.findByUsername(username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new AccountProblem(Field.USERNAME, "There is no account named '" + username + "'."));
    }


    static String normaliseUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new AccountProblem(Field.USERNAME, "Enter a username.");
        }
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountProblem(Field.USERNAME, "Use 3 to 32 characters: letters, digits, dots, dashes or "
                    + "underscores, starting with a letter or digit.");
        }
        return name;
    }

    static String checkDisplayName(String displayName) {
        String shown = displayName == null ? "" : displayName.strip();
        if (shown.isEmpty()) {
            throw new AccountProblem(Field.DISPLAY_NAME, "Enter the name others should see.");
        }
        if (shown.codePointCount(0, shown.length()) > DISPLAY_NAME_MAX) {
            throw new AccountProblem(Field.DISPLAY_NAME, "Use at most " + DISPLAY_NAME_MAX + " characters.");
        }
        if (shown.codePoints().anyMatch(Character::isISOControl)) {
            throw new AccountProblem(Field.DISPLAY_NAME, "The name must not contain control characters.");
        }
        return shown;
    }

    private static AccountProblem usernameTaken(String name) {
        return new AccountProblem(Field.USERNAME, "The username '" + name + "' is already taken.");
    }
}
