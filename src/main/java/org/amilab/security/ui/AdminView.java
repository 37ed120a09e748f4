package org.amilab.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.amilab.security.AccountProblem;
import org.amilab.security.AccountService;
import org.amilab.security.AccountSummary;
import org.amilab.security.Role;

@Route("admin")
@PageTitle("Users · AMI Lab")
@Menu(title = "Users", order = 100, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class AdminView extends Main {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AccountService accounts;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField find = new TextField("Find a user");

    public AdminView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("page");
        grid.setId("users");
        grid.setAriaLabel("Users");
        grid.addColumn(AccountSummary::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader("Display name").setAutoWidth(true);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setAutoWidth(true);
        grid.addComponentColumn(AdminView::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(account -> CREATED.format(account.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addComponentColumn(this::enableButton).setHeader("Access").setAutoWidth(true);
        grid.addComponentColumn(this::endSessionsButton).setHeader("Sessions").setAutoWidth(true);
        // a class of learners signs up in a morning: the grid scrolls its own rows instead of the page growing
        grid.setHeight("32rem");
        find.setId("find-user");
        find.setPlaceholder("Part of a username or display name");
        find.setClearButtonVisible(true);
        find.setValueChangeMode(ValueChangeMode.LAZY);
        find.addValueChangeListener(change -> refresh());
        add(new H1("Users"), new Paragraph("Change a role or disable an account. The person's open sessions "
                + "end at once; a new role applies from their next sign-in. \"Sign out everywhere\" ends a "
                + "person's sessions without changing anything else, for example after a lost laptop."), find, grid);
        refresh();
    }

    private void refresh() {
        String wanted = find.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(accounts.allAccounts().stream().filter(account -> wanted.isEmpty()
                || account.username().contains(wanted)
                || account.displayName().toLowerCase(Locale.ROOT).contains(wanted)).toList());
    }

    private Component roleSelect(AccountSummary account) {
        var select = new Select<Role>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(role -> role.name().charAt(0) + role.name().substring(1).toLowerCase());
        select.setValue(account.role());
        select.setAriaLabel("Role of " + account.username());
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                act(() -> accounts.changeRole(account.username(), change.getValue()),
                        "Role of " + account.username() + " is now " + change.getValue().name().toLowerCase() + ".");
            }
        });
        return select;
    }

    private static Component status(AccountSummary account) {
        var badge = new Span(account.enabled() ? "Active" : "Disabled");
        badge.getElement().getThemeList().add(account.enabled() ? "badge success" : "badge error");
        return badge;
    }

    private Component enableButton(AccountSummary account) {
        boolean enable = !account.enabled();
        var button = new Button(enable ? "Enable" : "Disable");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, enable ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_ERROR);
        button.setAriaLabel((enable ? "Enable " : "Disable ") + account.username());
        button.addClickListener(click -> act(() -> accounts.setEnabled(account.username(), enable),
                account.username() + (enable ? " can sign in again." : " is disabled and signed out.")));
        return button;
    }

    private Component endSessionsButton(AccountSummary account) {
        var button = new Button("Sign out everywhere");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel("Sign out " + account.username() + " everywhere");
        button.addClickListener(click -> {
            try {
                int ended = accounts.endSessionsOf(account.username());
                Notification.show(ended == 0 ? account.username() + " had no open sessions."
                        : ended + (ended == 1 ? " session" : " sessions") + " of " + account.username() + " ended.",
                        4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (AccountProblem problem) {
                Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        return button;
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            Notification.show(success, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountProblem problem) {
            Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}
