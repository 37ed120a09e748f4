package org.amilab.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@PageTitle("Something went wrong · AMI Lab")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.next();
        log.error("Error page shown for /{} with reference {}", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        removeAll();
        addClassName("page");
        setId("error-page");
        var id = new Span(reference);
        id.setId("error-reference");
        add(new H1("Something went wrong"));
        add(new Paragraph("We could not show this page. Nothing you saved is lost. If it happens again, "
                + "tell your instructor or the administrator this reference: "), id);
        add(new Paragraph(new Anchor("", "Go to the home page")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
