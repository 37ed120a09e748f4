package org.amilab.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.amilab.security.AccountProblem;
import org.amilab.security.AccountService;
import org.amilab.security.PasswordPolicy;

@Route("signup")
@PageTitle("Create an account · AMI Lab")
@AnonymousAllowed
public class SignUpView extends Main implements BeforeEnterObserver {

    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Display name");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField confirmation = new PasswordField("Repeat the password");
    private final FieldErrors errors;

    public SignUpView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        this.errors = new FieldErrors(username, displayName, password, confirmation);
        addClassName("page");
        username.setHelperText("3 to 32 letters, digits, dots, dashes or underscores");
        username.setMaxLength(32);
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        displayName.setHelperText("How you appear to instructors and in workshops");
        displayName.setMaxLength(60);
        password.setHelperText(PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                + " characters; a few words in a row make a strong password");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH_IN_BROWSER);
        password.setValueChangeMode(ValueChangeMode.LAZY);
        password.addValueChangeListener(change -> checkPassword());
        confirmation.setValueChangeMode(ValueChangeMode.LAZY);
        confirmation.addValueChangeListener(change -> checkConfirmation());
        var create = new Button("Create account", click -> createAccount());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        var form = new FormLayout(username, displayName, password, confirmation);
        form.setMaxWidth("32rem");
        add(new H1("Create your AMI Lab account"),
                new Paragraph("Your account keeps your playground, lesson progress and quiz results."),
                form, create, new Paragraph(new Anchor("login", "Already have an account? Sign in")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    private boolean checkPassword() {
        var problem = accounts.passwordProblem(username.getValue(), password.getValue());
        errors.show(password, problem.orElse(null));
        return problem.isEmpty();
    }

    private boolean checkConfirmation() {
        boolean same = confirmation.getValue().equals(password.getValue());
        errors.show(confirmation, same ? null : "The two passwords are not the same.");
        return same;
    }

    private void createAccount() {
        errors.clear();
        if (!checkConfirmation()) {
            return;
        }
        try {
            accounts.signUp(username.getValue(), displayName.getValue(), password.getValue());
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.simple(Map.of("created", "1"))));
        } catch (AccountProblem problem) {
            errors.show(problem);
        }
    }
}
