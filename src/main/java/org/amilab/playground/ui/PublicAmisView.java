package org.amilab.playground.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.amilab.playground.ImageSharing;
import org.amilab.playground.ImageSharing.PublicImage;

/**
 * The AMIs learners made public, for an admin: what every learner sees under Community AMIs, with
 * the means to take one out of it. Names and descriptions are learners' text and are shown as text.
 */
@Route("admin/public-amis")
@PageTitle("Public AMIs · AMI Lab")
@Menu(title = "Public AMIs", order = 101, icon = "vaadin:globe")
@RolesAllowed("ADMIN")
public class PublicAmisView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ImageSharing sharing;
    private final Grid<PublicImage> grid = new Grid<>();

    public PublicAmisView(ImageSharing sharing) {
        this.sharing = sharing;
        addClassName("page");
        grid.setId("public-amis");
        grid.setAriaLabel("Public AMIs");
        grid.addColumn(image -> image.ami().name()).setHeader("Name").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(image -> image.ami().description()).setHeader("Description").setFlexGrow(3);
        grid.addColumn(image -> image.ami().id()).setHeader("AMI ID").setAutoWidth(true);
        grid.addColumn(image -> image.ami().ownerId()).setHeader("Owner account").setAutoWidth(true);
        grid.addColumn(image -> image.ami().region()).setHeader("Region").setAutoWidth(true);
        grid.addComponentColumn(this::takeDownCell).setHeader("Community").setAutoWidth(true);
        grid.setEmptyStateText("No learner has made an AMI public.");
        grid.setAllRowsVisible(true);
        add(new H1("Public AMIs"), new Paragraph("AMIs learners made public. Every learner finds them under Launch › "
                + "Community AMIs. Take one down if its name or description is abusive or it misleads: it leaves "
                + "everyone else's Community tab, and its owner keeps it."), grid);
        refresh();
    }

    private Component takeDownCell(PublicImage image) {
        if (image.takenDownAt().isPresent()) {
            return new Span("Taken down " + WHEN.format(image.takenDownAt().get()));
        }
        var takeDown = new Button("Take down", click -> confirmTakeDown(image));
        takeDown.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        takeDown.setAriaLabel("Take down " + image.ami().id());
        return takeDown;
    }

    private void confirmTakeDown(PublicImage image) {
        var dialog = new ConfirmDialog("Take " + image.ami().id() + " down?", "It leaves every other learner's "
                + "Community AMIs at once and cannot be listed there again. Instances launched from it keep running.",
                "Take down", confirm -> {
                    sharing.takeDown(image.id());
                    Notification.show(image.ami().id() + " is no longer listed under Community AMIs.", 4000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(sharing.publicImages());
    }
}
