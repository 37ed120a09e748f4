package org.amilab.playground.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tabs over panels that stay in the page while hidden. Unlike a TabSheet, which builds a panel
 * anew in the browser each time its tab is chosen, switching here only shows and hides: after a
 * launch the instances grid is on screen in one step, and the hidden panels stay up to date.
 */
final class PanelTabs extends Div {

    private record Panel(Component content, Runnable refresh) {
    }

    private final Tabs tabs = new Tabs();
    private final Map<Tab, Panel> panels = new LinkedHashMap<>();

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

    /** {@code refresh} brings the panel up to date; it runs only while the panel is on screen. */
    void add(String label, Component panel, Runnable refresh) {
        String tabId = getId().orElseThrow() + "-" + label.toLowerCase().replace(' ', '-');
        var tab = new Tab(label);
        tab.setId(tabId + "-tab");
        panel.setId(panel.getId().orElse(tabId + "-panel"));
        tab.getElement().setAttribute("aria-controls", panel.getId().orElseThrow());
        panel.getElement().setAttribute("role", "tabpanel");
        panel.getElement().setAttribute("aria-labelledby", tab.getId().orElseThrow());
        panel.getStyle().set("padding", "var(--lumo-space-m) 0");
        panels.put(tab, new Panel(panel, refresh));
        tabs.add(tab);
        add(panel);
        showSelected();
    }

    void select(int index) {
        tabs.setSelectedIndex(index);
    }

    /**
     * Brings the panel on screen up to date. A hidden panel waits until its tab is chosen: Vaadin
     * would keep a hidden element's browser updates on the server until it is shown.
     */
    void refreshShown() {
        Panel shown = panels.get(tabs.getSelectedTab());
        if (shown != null) {
            shown.refresh().run();
        }
    }

    private void showSelected() {
        panels.forEach((tab, panel) -> panel.content().setVisible(tab.equals(tabs.getSelectedTab())));
    }
}
