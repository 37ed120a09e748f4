package org.amilab.playground.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.function.Function;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.PlaygroundEvent;

/** The playground's log, newest first: what was asked, by whom, and what EC2 answered. */
class EventsPanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final Grid<PlaygroundEvent> grid = new Grid<>();
    // a reset log starts again at sequence 1: the whole line, its times included, tells lines apart
    private final GridRows<PlaygroundEvent> rows = new GridRows<>(grid, event -> event.sequence() + "@" + event.realAt(),
            Function.identity());

    EventsPanel() {
        grid.setId("events");
        grid.setAriaLabel("Event log");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(event -> TIME.format(event.simulatedAt())).setHeader("Simulated time").setAutoWidth(true);
        grid.addColumn(event -> event.actor().equals("@ec2") ? "EC2" : event.actor()).setHeader("By").setAutoWidth(true);
        grid.addColumn(event -> event.type().name().toLowerCase().replace('_', ' ')).setHeader("Action").setAutoWidth(true);
        grid.addColumn(PlaygroundEvent::targetId).setHeader("Target").setAutoWidth(true);
        grid.addColumn(EventText::result).setHeader("Result").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    void show(PlaygroundView view) {
        var newestFirst = new ArrayList<>(view.recentEvents());
        Collections.reverse(newestFirst);
        rows.show(newestFirst);
    }
}
