package org.amilab.playground.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PanelTabsTest {

    private final PanelTabs tabs = new PanelTabs("tabs");
    private final List<String> refreshed = new ArrayList<>();
    private final AtomicInteger builds = new AtomicInteger();
    private final Span instances = new Span("instances");

    PanelTabsTest() {
        tabs.addBuiltWhenShown("Instances", () -> instances, shown -> refreshed.add(shown.getText()));
        tabs.addBuiltWhenShown("Costs", () -> {
            builds.incrementAndGet();
            return new Span("costs");
        }, costs -> refreshed.add(costs.getText()));
        // the first tab added is chosen, which refreshes its panel: only what follows counts
        refreshed.clear();
    }

    @Test
    void aPanelBuiltWhenShownIsNotBuiltBeforeItsTabIsChosenNorRefreshed() {
        tabs.refreshShown();

        assertThat(builds).hasValue(0);
        assertThat(refreshed).containsExactly("instances");
        assertThat(instances.getParent()).as("the first tab's panel is chosen, so built, at once").isPresent();
    }

    @Test
    void choosingATabBuildsItsPanelOnceAndRefreshesOnlyThePanelOnScreen() {
        tabs.select(1);
        tabs.refreshShown();
        tabs.select(0);
        tabs.select(1);

        assertThat(builds).hasValue(1);
        assertThat(refreshed).containsExactly("costs", "costs", "instances", "costs");
        assertThat(instances.getParent().orElseThrow().isVisible()).isFalse();
    }
}
