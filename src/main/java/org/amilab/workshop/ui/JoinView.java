package org.amilab.workshop.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.amilab.workshop.Workshop;
import org.amilab.workshop.WorkshopProblem;
import org.amilab.workshop.WorkshopService;

/** Where a learner types the code on the projector (or arrives from its QR code, with the code filled in). */
@Route("join")
@PageTitle("Join a workshop · AMI Lab")
@Menu(title = "Join a workshop", order = 25, icon = "vaadin:group")
@PermitAll
public class JoinView extends Main implements BeforeEnterObserver {

    private final TextField code = new TextField("Workshop code");

    public JoinView(WorkshopService workshops) {
        addClassNames("page", "join-page");
        code.setId("workshop-code");
        code.setMaxLength(12);
        code.setHelperText("Six letters and digits, as your instructor shows them");
        var join = new Button("Join", click -> join(workshops));
        join.setId("join-workshop");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        add(new H1("Join a workshop"), new Paragraph("You get a playground of your own for the workshop; your free "
                + "playground stays as it is."), code, join);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(code::setValue);
    }

    private void join(WorkshopService workshops) {
        code.setInvalid(false);
        try {
            Workshop joined = workshops.join(code.getValue());
            getUI().ifPresent(ui -> ui.navigate("workshop/" + joined.id()));
        } catch (WorkshopProblem problem) {
            code.setErrorMessage(problem.getMessage());
            code.setInvalid(true);
        }
    }
}
