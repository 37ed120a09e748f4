package org.amilab.playground.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tabs over panels that stay in the page while hidden. Unlike a TabSheet, which builds a panel
 * anew in the browser each time its tab is chosen, switching here only shows and hides, and a
 * panel keeps its state (the chosen AMI, the filters). A panel the page does not need at once is
 * built when its tab is first chosen, so a learner who never opens it does not keep it in memory.
 */
final class PanelTabs extends Div {

    /** One tab's panel: built at most once, refreshed only while on screen. */
    private static final class Panel<P extends Component> {
        private final Div slot = new Div();
        private final Supplier<P> build;
        private final Consumer<P> refresh;
        private P content;

        Panel(Supplier<P> build, Consumer<P> refresh) {
            this.build = build;
            this.refresh = refresh;
        }

        void show(boolean shown) {
            slot.setVisible(shown);
            if (shown) {
                build();
            }
        }

        void build() {
            if (content == null) {
                content = build.get();
                slot.add(content);
            }
        }

        void refresh() {
            if (content != null) {
                refresh.accept(content);
            }
        }
    }

    private final Tabs tabs = new Tabs();
    private final Map<Tab, Panel<?>> panels = new LinkedHashMap<>();

    PanelTabs(String id) {
        setId(id);
        addClassName("panel-tabs");
        tabs.setId(id + "-list");
        add(tabs);
        tabs.addSelectedChangeListener(change -> {
            showSelected();
            refreshShown();
        });
    }

    /** A panel in the page at once, which the page keeps up to date itself. */
    void add(String label, Component panel) {
        addPanel(label, () -> panel, shown -> { }).build();
    }

    /**
     * A panel built by {@code build} when its tab is first chosen; {@code refresh} brings it up to
     * date while it is on screen.
     */
    <P extends Component> void addBuiltWhenShown(String label, Supplier<P> build, Consumer<P> refresh) {
        addPanel(label, build, refresh);
    }

    private <P extends Component> Panel<P> addPanel(String label, Supplier<P> build, Consumer<P> refresh) {
        String tabId = getId().orElseThrow() + "-" + label.toLowerCase().replace(' ', '-');
        var tab = new Tab(label);
        tab.setId(tabId + "-tab");
        var panel = new Panel<>(build, refresh);
        panel.slot.setId(tabId + "-panel");
        tab.getElement().setAttribute("aria-controls", panel.slot.getId().orElseThrow());
        panel.slot.getElement().setAttribute("role", "tabpanel");
        panel.slot.getElement().setAttribute("aria-labelledby", tab.getId().orElseThrow());
        panel.slot.getStyle().set("padding", "var(--lumo-space-m) 0");
        panels.put(tab, panel);
        tabs.add(tab);
        add(panel.slot);
        showSelected();
        return panel;
    }

    void select(int index) {
        tabs.setSelectedIndex(index);
    }

    boolean isSelected(String label) {
        return tabs.getSelectedTab() != null && label.equals(tabs.getSelectedTab().getLabel());
    }

    /**
     * Brings the panel on screen up to date. A hidden panel waits until its tab is chosen: Vaadin
     * would keep a hidden element's browser updates on the server until it is shown.
     */
    void refreshShown() {
        Panel<?> shown = panels.get(tabs.getSelectedTab());
        if (shown != null) {
            shown.refresh();
        }
    }

    private void showSelected() {
        panels.forEach((tab, panel) -> panel.show(tab.equals(tabs.getSelectedTab())));
    }
}
