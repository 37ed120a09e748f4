package org.amilab.security;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Password sign-in against the accounts table, throttled, with an audit line per attempt. */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger audit = LoggerFactory.getLogger("org.amilab.security.SignIn");
    /** Far above any password the rules accept; longer ones are not worth hashing. */
    static final int LONGEST_PASSWORD_CHECKED = 1024;

    private final SignInThrottle throttle;
    private final DaoAuthenticationProvider passwordCheck;

    ThrottledAuthenticationProvider(SignInThrottle throttle, UserAccountRepository accounts, PasswordEncoder encoder) {
        this.throttle = throttle;
        this.passwordCheck = new DaoAuthenticationProvider(username -> loadUser(accounts, username));
        this.passwordCheck.setPasswordEncoder(encoder);
        // the password first: "account disabled" must not tell a guesser that the name exists
        this.passwordCheck.setPreAuthenticationChecks(user -> { });
        this.passwordCheck.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.passwordCheck.setUserDetailsPasswordService((user, newHash) -> {
            accounts.findByUsername(user.getUsername()).ifPresent(account -> {
                account.setPasswordHash(newHash);
                accounts.save(account);
            });
            return User.withUserDetails(user).password(newHash).build();
        });
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName().strip().toLowerCase(Locale.ROOT);
        String from = remoteAddress(attempt);
        var refusal = throttle.admit(username, from);
        if (refusal.isPresent()) {
            audit.warn("sign-in refused: {} must wait {} more s ({}), username '{}' from {}",
                    refusal.get().throttle() == Throttle.SIGN_IN_ADDRESS ? "address" : "username",
                    refusal.get().waitRemaining().toSeconds(), refusal.get().throttle(), loggable(username), from);
            throw new LockedException(waitMessage(refusal.get()));
        }
        try {
            Authentication result = passwordCheck.authenticate(normalised(username, attempt));
            throttle.succeeded(username, from);
            audit.info("sign-in succeeded: username '{}' from {}", loggable(username), from);
            return result;
        } catch (DisabledException rightPasswordButDisabled) {
            throttle.succeeded(username, from);
            audit.warn("sign-in refused: username '{}' from {}: the account is disabled", loggable(username), from);
            throw rightPasswordButDisabled;
        } catch (AuthenticationException failure) {
            audit.warn("sign-in failed: username '{}' from {}: {}", loggable(username), from,
                    failure.getClass().getSimpleName());
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String waitMessage(SignInThrottle.Refusal refusal) {
        String wait = inWords(refusal.waitRemaining());
        return refusal.throttle() == Throttle.SIGN_IN_ADDRESS
                ? "Too many failed sign-ins from your network. Try again in " + wait + "."
                : "Too many failed sign-ins for this username. Try again in " + wait + ".";
    }

    static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private static UsernamePasswordAuthenticationToken normalised(String username, Authentication attempt) {
        Object password = attempt.getCredentials();
        if (password instanceof String text && text.length() > LONGEST_PASSWORD_CHECKED) {
            throw new BadCredentialsException("password longer than any account can have");
        }
        var normalised = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        normalised.setDetails(attempt.getDetails());
        return normalised;
    }

    private static UserDetails loadUser(UserAccountRepository accounts, String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(account.getRole().grantedRoles().toArray(String[]::new))
                .disabled(!account.isEnabled())
                .build();
    }

    private static String remoteAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    /** Usernames typed into the form reach the log: keep them on one line and short. */
    private static String loggable(String username) {
        String clean = username.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
