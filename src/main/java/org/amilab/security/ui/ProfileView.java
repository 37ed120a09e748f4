package org.amilab.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.amilab.base.ProfileFact;
import org.amilab.base.ProfileFacts;
import org.amilab.security.AccountProblem;
import org.amilab.security.AccountService;
import org.amilab.security.AccountSummary;
import org.amilab.security.PasswordPolicy;

@Route("profile")
@PageTitle("Profile · AMI Lab")
@Menu(title = "Profile", order = 90, icon = "vaadin:user")
@PermitAll
public class ProfileView extends Main {

    private final AccountService accounts;
    private final TextField displayName = new TextField("Display name");
    private final PasswordField currentPassword = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");
    private final PasswordField confirmation = new PasswordField("Repeat the new password");

    public ProfileView(AccountService accounts, List<ProfileFacts> facts) {
        this.accounts = accounts;
        addClassName("page");
        AccountSummary me = accounts.myAccount().orElseThrow();
        add(new H1("Your profile"),
                new Paragraph("Signed in as " + me.username() + " (" + me.role().name().toLowerCase() + ")."));
        facts.stream().flatMap(source -> source.ofSignedInUser().stream()).forEach(this::addFact);
        add(nameSection(me), passwordSection());
    }

    private void addFact(ProfileFact fact) {
        var value = new Span(fact.value());
        value.setId(fact.id());
        value.addClassName("profile-fact-value");
        add(new Section(new H2(fact.label()), new Paragraph(value), new Paragraph(fact.explanation())));
    }

    private Section nameSection(AccountSummary me) {
        displayName.setValue(me.displayName());
        displayName.setMaxLength(60);
        var save = new Button("Save name", click -> saveName());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(displayName);
        form.setMaxWidth("32rem");
        return new Section(new H2("Display name"), form, save);
    }

    private Section passwordSection() {
        newPassword.setHelperText(PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                + " characters, not a common password");
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH_IN_BROWSER);
        var change = new Button("Change password", click -> changePassword());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(currentPassword, newPassword, confirmation);
        form.setMaxWidth("32rem");
        return new Section(new H2("Password"), form, change);
    }

    private void saveName() {
        var errors = new FieldErrors(null, displayName, null, null);
        errors.clear();
        try {
            var saved = accounts.changeMyDisplayName(displayName.getValue());
            displayName.setValue(saved.displayName());
            confirm("Display name saved. It shows in the header from the next page load.");
        } catch (AccountProblem problem) {
            errors.show(problem);
        }
    }

    private void changePassword() {
        var errors = new FieldErrors(null, null, newPassword, currentPassword);
        errors.clear();
        errors.show(confirmation, null);
        if (!confirmation.getValue().equals(newPassword.getValue())) {
            errors.show(confirmation, "The two new passwords are not the same.");
            return;
        }
        try {
            accounts.changeMyPassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            confirmation.clear();
            confirm("Password changed. Your other sessions are signed out.");
        } catch (AccountProblem problem) {
            errors.show(problem);
        }
    }

    private static void confirm(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
