package org.amilab.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A route that exists only in tests, to see the error page as a learner would. */
@Route(FailingTestView.ROUTE)
@AnonymousAllowed
public class FailingTestView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "test/failure";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException("deliberate failure for the error page test");
    }
}
