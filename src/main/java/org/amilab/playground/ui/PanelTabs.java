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

    private final Tabs tabs = new Tabs();
    private final Map<Tab, Component> panels = new LinkedHashMap<>();

    PanelTabs(String id) {
        setId(id);
        addClassName("panel-tabs");
        tabs.setId(id + "-list");
        add(tabs);
        tabs.addSelectedChangeListener(change -> showSelected());
    }

    Tab add(String label, Component panel) {
        String tabId = getId().orElseThrow() + "-" + label.toLowerCase().replace(' ', '-');
        var tab = new Tab(label);
        tab.setId(tabId + "-tab");
        panel.setId(panel.getId().orElse(tabId + "-panel"));
        tab.getElement().setAttribute("aria-controls", panel.getId().orElseThrow());
        panel.getElement().setAttribute("role", "tabpanel");
        panel.getElement().setAttribute("aria-labelledby", tab.getId().orElseThrow());
        panel.getStyle().set("padding", "var(--lumo-space-m) 0");
        panels.put(tab, panel);
        tabs.add(tab);
        add(panel);
        showSelected();
        return tab;
    }

    void select(int index) {
        tabs.setSelectedIndex(index);
    }

    Tab selected() {
        return tabs.getSelectedTab();
    }

    void onSelect(Runnable listener) {
        tabs.addSelectedChangeListener(change -> listener.run());
    }

    private void showSelected() {
        panels.forEach((tab, panel) -> panel.setVisible(tab.equals(tabs.getSelectedTab())));
    }
}
