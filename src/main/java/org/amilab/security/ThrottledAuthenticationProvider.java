package org.amilab.security;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Password sign-in against the accounts table, with the username throttle and an audit line per attempt. */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger audit = LoggerFactory.getLogger("org.amilab.security.SignIn");

    private final LoginThrottle throttle;
    private final DaoAuthenticationProvider passwordCheck;

    ThrottledAuthenticationProvider(LoginThrottle throttle, UserAccountRepository accounts, PasswordEncoder encoder) {
        this.throttle = throttle;
        this.passwordCheck = new DaoAuthenticationProvider(username -> loadUser(accounts, username));
        this.passwordCheck.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName().strip().toLowerCase(Locale.ROOT);
        String from = remoteAddress(attempt);
        var locked = throttle.lockRemaining(username);
        if (locked.isPresent()) {
            audit.warn("sign-in refused: username '{}' is throttled for {} more s, from {}",
                    loggable(username), locked.get().toSeconds(), from);
            throw new LockedException(lockedMessage(locked.get()));
        }
        var normalised = UsernamePasswordAuthenticationToken.unauthenticated(username, attempt.getCredentials());
        normalised.setDetails(attempt.getDetails());
        try {
            Authentication result = passwordCheck.authenticate(normalised);
            throttle.recordSuccess(username);
            audit.info("sign-in succeeded: username '{}' from {}", loggable(username), from);
            return result;
        } catch (AuthenticationException failure) {
            throttle.recordFailure(username);
            audit.warn("sign-in failed: username '{}' from {}: {}", loggable(username), from,
                    failure.getClass().getSimpleName());
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String lockedMessage(Duration remaining) {
        long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
        return "Too many failed sign-ins for this username. Sign-in is paused for " + minutes
                + (minutes == 1 ? " minute." : " minutes.");
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
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
    }

    /** Usernames typed into the form reach the log: keep them on one line and short. */
    private static String loggable(String username) {
        String clean = username.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
