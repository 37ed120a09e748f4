package org.amilab.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.amilab.security.AccountProblem;

/** Puts the server's verdict beside the field it is about, so the learner knows what to fix. */
final class FieldErrors {

    private final HasValidation username;
    private final HasValidation displayName;
    private final HasValidation password;
    private final HasValidation other;

    /** {@code other} is the field for problems that name no field of this form (e.g. the confirmation). */
    FieldErrors(HasValidation username, HasValidation displayName, HasValidation password, HasValidation other) {
        this.username = username;
        this.displayName = displayName;
        this.password = password;
        this.other = other;
    }

    void clear() {
        for (HasValidation field : new HasValidation[] {username, displayName, password, other}) {
            if (field != null) {
                show(field, null);
            }
        }
    }

    void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }

    void show(AccountProblem problem) {
        HasValidation field = switch (problem.field()) {
            case USERNAME -> username;
            case DISPLAY_NAME -> displayName;
            case PASSWORD -> password;
            case CURRENT_PASSWORD, ACCOUNT -> other;
        };
        if (field == null) {
            Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } else {
            show(field, problem.getMessage());
        }
    }
}
