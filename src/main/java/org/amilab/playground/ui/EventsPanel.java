package org.amilab.playground.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.Actor;
import org.amilab.simulator.PlaygroundEvent;

/**
 * The playground's log, newest first: what was asked, by whom, and what EC2 answered. The newest
 * lines come with every refresh; older ones are fetched a page at a time when the learner asks,
 * back to the first line.
 */
class EventsPanel extends Div {

    /** Lines fetched per "earlier lines" click. */
    static final int PAGE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /** The written lines just before a sequence number, oldest first. */
    interface EarlierLines {
        List<PlaygroundEvent> before(long sequence, int lines);
    }

    private final Grid<PlaygroundEvent> grid = new Grid<>();
    // a reset log starts again at sequence 1: the whole line, its times included, tells lines apart
    private final GridRows<PlaygroundEvent> rows = new GridRows<>(grid, EventsPanel::key, Function.identity());
    private final Button earlier = new Button("Show " + PAGE + " earlier lines");
    private final EarlierLines earlierLines;
    /** What the panel holds, oldest first, without gaps: the newest lines and any pages asked for. */
    private List<PlaygroundEvent> log = List.of();

    EventsPanel(EarlierLines earlierLines) {
        this.earlierLines = earlierLines;
        grid.setId("events");
        grid.setAriaLabel("Event log");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PlaygroundEvent::sequence).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> TIME.format(event.simulatedAt())).setHeader("Simulated time").setAutoWidth(true);
        grid.addColumn(event -> event.actor().equals(Actor.EC2) ? "EC2" : event.actor().username()).setHeader("By")
                .setAutoWidth(true);
        grid.addColumn(EventText::action).setHeader("Action").setAutoWidth(true);
        grid.addColumn(PlaygroundEvent::targetId).setHeader("Target").setAutoWidth(true);
        grid.addColumn(EventText::result).setHeader("Result").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        earlier.setId("earlier-events");
        earlier.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        earlier.addClickListener(click -> showEarlier());
        add(grid, earlier);
    }

    void show(PlaygroundView view) {
        log = merged(log, view.recentEvents());
        redraw();
    }

    private void showEarlier() {
        if (log.isEmpty()) {
            return;
        }
        List<PlaygroundEvent> page = earlierLines.before(log.get(0).sequence(), PAGE);
        // a page must end just before the held lines; it does not when they are not written yet, or
        // another tab reset the log meanwhile: then nothing is added, and the next refresh tells
        if (page.isEmpty() || page.get(page.size() - 1).sequence() != log.get(0).sequence() - 1) {
            return;
        }
        List<PlaygroundEvent> longer = new ArrayList<>(page);
        longer.addAll(log);
        log = List.copyOf(longer);
        redraw();
    }

    private void redraw() {
        var newestFirst = new ArrayList<>(log);
        Collections.reverse(newestFirst);
        rows.show(newestFirst);
        earlier.setVisible(!log.isEmpty() && log.get(0).sequence() > 1);
    }

    /**
     * The newest lines replace what the panel held from their first line on. If they do not join on
     * (more lines arrived than a refresh brings, or the log was reset and numbers again from 1), the
     * panel starts again from them.
     */
    static List<PlaygroundEvent> merged(List<PlaygroundEvent> held, List<PlaygroundEvent> newest) {
        if (newest.isEmpty() || held.isEmpty()) {
            return List.copyOf(newest);
        }
        long first = newest.get(0).sequence();
        long heldFirst = held.get(0).sequence();
        long heldLast = held.get(held.size() - 1).sequence();
        boolean contiguous = heldLast - heldFirst == held.size() - 1;
        boolean joins = contiguous && first >= heldFirst && first <= heldLast + 1
                && (first > heldLast || key(held.get((int) (first - heldFirst))).equals(key(newest.get(0))));
        if (!joins) {
            return List.copyOf(newest);
        }
        List<PlaygroundEvent> joined = new ArrayList<>(held.subList(0, (int) (first - heldFirst)));
        joined.addAll(newest);
        return List.copyOf(joined);
    }

    private static String key(PlaygroundEvent event) {
        return event.sequence() + "@" + event.realAt();
    }
}
