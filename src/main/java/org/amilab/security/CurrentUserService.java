package org.amilab.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.amilab.base.CurrentUser;
import org.springframework.stereotype.Component;

@Component
class CurrentUserService implements CurrentUser {

    private static final String VISITOR_THEME = CurrentUserService.class.getName() + ".dark";

    private final AuthenticationContext authentication;
    private final AccountService accountService;

    CurrentUserService(AuthenticationContext authentication, AccountService accountService) {
        this.authentication = authentication;
        this.accountService = accountService;
    }

    @Override
    public Optional<String> displayName() {
        return accountService.myAccount().map(AccountSummary::displayName);
    }

    @Override
    public boolean prefersDarkTheme() {
        if (authentication.isAuthenticated()) {
            return accountService.myThemeIsDark();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(VISITOR_THEME));
    }

    @Override
    public void rememberTheme(boolean dark) {
        if (authentication.isAuthenticated()) {
            accountService.rememberMyTheme(dark);
        } else if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().setAttribute(VISITOR_THEME, dark);
        }
    }

    @Override
    public void signOut() {
        authentication.logout();
    }
}
