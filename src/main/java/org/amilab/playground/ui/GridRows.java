package org.amilab.playground.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of a grid that the page refreshes once a second. The grid keeps one data provider and
 * is redrawn only when what its rows show has changed: a new provider per refresh would move the
 * keyboard focus and, while the grid's tab is not shown, queue browser calls on the server until
 * the learner opens that tab.
 */
final class GridRows<T> {

    private final List<T> items = new ArrayList<>();
    private final Grid<T> grid;
    private final ListDataProvider<T> provider;
    private final Function<T, String> id;
    private final Function<T, ?> shownAs;
    private List<Object> shown = List.of();

    /** {@code id} keeps a selected row selected across redraws; {@code shownAs} is what its cells show. */
    GridRows(Grid<T> grid, Function<T, String> id, Function<T, ?> shownAs) {
        this.grid = grid;
        this.id = id;
        this.shownAs = shownAs;
        this.provider = new ListDataProvider<>(items) {
            @Override
            public Object getId(T item) {
                return id.apply(item);
            }
        };
        grid.setItems(provider);
    }

    /** Shows {@code fresh} as the rows; says whether the grid had to be redrawn. */
    boolean show(List<T> fresh) {
        List<Object> freshlyShown = fresh.stream().map(shownAs).map(Object.class::cast).toList();
        items.clear();
        items.addAll(fresh);
        if (freshlyShown.equals(shown)) {
            return false;
        }
        shown = freshlyShown;
        // every row is on screen (the grids show all rows): send them with this answer, so a new row
        // needs no second round trip in which the browser asks for it
        grid.getDataCommunicator().setRequestedRange(0, fresh.size());
        provider.refreshAll();
        return true;
    }

    /**
     * Sends one row again, e.g. after the learner ticked its box: the browser then remembers the row
     * as ticked, and unticks the box when a redraw puts another item in that row.
     */
    void redraw(String itemId) {
        items.stream().filter(item -> id.apply(item).equals(itemId)).findFirst().ifPresent(provider::refreshItem);
    }

    List<T> items() {
        return List.copyOf(items);
    }
}
