package org.amilab.playground.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.amilab.base.LiveUpdates;
import org.amilab.content.ContentService;
import org.amilab.playground.OtherPlaygrounds;
import org.amilab.playground.PlaygroundRef;
import org.amilab.playground.PlaygroundService;

/**
 * The learner's free playground, to try anything in. {@code ?region=…&ami=…} preselects an AMI, so
 * lessons can link here; the guided challenges the learner has open are a link away.
 */
@Route("playground")
@PageTitle("Playground · AMI Lab")
@Menu(title = "Playground", order = 20, icon = "vaadin:server")
@PermitAll
public class PlaygroundPage extends Main implements BeforeEnterObserver {

    static final String DEFAULT_REGION = "us-east-1";

    private final PlaygroundWorkbench workbench;

    public PlaygroundPage(PlaygroundService playground, ContentService content, LiveUpdates liveUpdates,
                          List<OtherPlaygrounds> others) {
        addClassName("page");
        addClassName("playground-page");
        workbench = new PlaygroundWorkbench(playground.open(PlaygroundRef.FREE), content, liveUpdates,
                new PlaygroundWorkbench.Setting("Your free playground", DEFAULT_REGION, true, view -> { }));
        add(new H1("Playground"), new Paragraph("A simulated EC2 account of your own: nothing here touches AWS or "
                + "costs real money."), new PlaygroundSwitch(others, PlaygroundRef.FREE), workbench);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("region").ifPresent(workbench::showRegion);
        query.getSingleParameter("ami").ifPresent(workbench::selectAmi);
    }
}
