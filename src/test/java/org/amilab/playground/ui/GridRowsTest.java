package org.amilab.playground.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataChangeEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridRowsTest {

    record Line(String id, String text) {
    }

    private final Grid<Line> grid = new Grid<>();
    private final GridRows<Line> rows = new GridRows<>(grid, Line::id, Line::text);

    @Test
    void theGridIsRedrawnOnlyWhenWhatItShowsChanged() {
        assertThat(rows.show(List.of(new Line("a", "running"), new Line("b", "stopped")))).isTrue();
        var provider = grid.getDataProvider();

        assertThat(rows.show(List.of(new Line("a", "running"), new Line("b", "stopped")))).isFalse();
        assertThat(rows.show(List.of(new Line("a", "running"), new Line("b", "pending")))).isTrue();
        assertThat(grid.getDataProvider()).as("one provider for the grid's life").isSameAs(provider);
        assertThat(grid.getListDataView().getItems()).extracting(Line::text).containsExactly("running", "pending");
    }

    @Test
    void theLatestRowsAreKeptEvenWhenNothingVisibleChanged() {
        rows.show(List.of(new Line("a", "running")));
        Line same = new Line("a", "running");

        rows.show(List.of(same));

        assertThat(rows.items()).singleElement().isSameAs(same);
    }

    @Test
    void oneRowCanBeSentAgainWithoutRedrawingTheOthers() {
        rows.show(List.of(new Line("a", "running"), new Line("b", "stopped")));
        List<Object> sentAgain = new ArrayList<>();
        grid.getDataProvider().addDataProviderListener(event -> sentAgain.add(
                event instanceof DataChangeEvent.DataRefreshEvent<?> refresh ? refresh.getItem() : "all"));

        rows.redraw("b");
        rows.redraw("nobody");

        assertThat(sentAgain).containsExactly(new Line("b", "stopped"));
    }

    @Test
    void aSelectedRowStaysSelectedWhenItIsRedrawn() {
        rows.show(List.of(new Line("a", "running"), new Line("b", "stopped")));
        grid.select(new Line("b", "stopped"));

        rows.show(List.of(new Line("a", "running"), new Line("b", "pending")));

        assertThat(grid.getSelectionModel().isSelected(new Line("b", "pending"))).isTrue();
    }
}
