package org.amilab.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.amilab.base.SignedIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown for unknown addresses and, as Vaadin does on purpose, for pages the visitor may not open,
 * so that a learner cannot tell an admin page from a missing one.
 */
@PageTitle("Page not found · AMI Lab")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    private static final Logger access = LoggerFactory.getLogger("org.amilab.security.Access");

    public NotFoundView() {
        addClassName("page");
        setId("not-found");
        add(new H1("This page is not here"));
        add(new Paragraph("The address may be mistyped, the page may have moved, or it may need an account "
                + "with other rights than yours."));
        add(new Anchor("", "Go to the home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // a visitor is sent to sign in instead; a signed-in person here may have tried a page beyond their rights
        SignedIn.username().ifPresent(username -> access.warn("page refused or missing: '{}' for {} ({})",
                loggable(event.getLocation().getPath()), username,
                parameter.hasCustomMessage() ? loggable(parameter.getCustomMessage()) : "no such route"));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    private static String loggable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 120 ? clean.substring(0, 120) + "…" : clean;
    }
}
