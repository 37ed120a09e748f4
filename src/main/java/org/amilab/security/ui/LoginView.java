package org.amilab.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · AMI Lab")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());
        notice.setId("login-notice");
        notice.addClassName("login-notice");
        notice.setVisible(false);
        var home = new Anchor("", "AMI Lab");
        home.addClassName("app-name");
        add(home, new H1("Sign in to AMI Lab"), notice, form,
                new Paragraph(new Anchor("signup", "No account yet? Create one for free")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var query = event.getLocation().getQueryParameters().getParameters();
        if (query.containsKey("created")) {
            showNotice("Your account is ready. Sign in with your username and new password.");
        }
        if (query.containsKey("error")) {
            form.setI18n(errorText(lastFailure()));
            form.setError(true);
        }
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private static Object lastFailure() {
        HttpSession session = VaadinServletRequest.getCurrent() == null ? null
                : VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Your account");
        i18n.getForm().setSubmit("Sign in");
        return i18n;
    }

    private static LoginI18n errorText(Object failure) {
        LoginI18n i18n = texts();
        var error = i18n.getErrorMessage();
        if (failure instanceof LockedException locked) {
            error.setTitle("Sign-in paused");
            error.setMessage(locked.getMessage() + " This protects your account from guessing.");
        } else if (failure instanceof DisabledException) {
            error.setTitle("Account disabled");
            error.setMessage("This account has been disabled. Ask your instructor or the administrator.");
        } else {
            error.setTitle("Incorrect username or password");
            error.setMessage("Check both and try again. After 5 failed attempts, the next one waits a minute, "
                    + "and longer after each further failure.");
        }
        return i18n;
    }
}
