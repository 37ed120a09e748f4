package org.amilab.playground.ui;

import com.vaadin.flow.component.Html;
import java.util.Set;
import org.amilab.simulator.InstanceState;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The lesson's lifecycle diagram with one instance's state and its possible next steps marked. */
final class LifecycleFigure {

    private LifecycleFigure() {
    }

    /** {@code actions} are the lower-case action names that would act now, e.g. "stop", "reboot". */
    static Html of(String svg, InstanceState state, Set<String> actions) {
        var document = Jsoup.parseBodyFragment(svg);
        document.outputSettings().prettyPrint(false);
        Element figure = document.selectFirst("svg");
        String current = state.apiName();
        figure.select("g.state[data-state=" + current + "]").addClass("current-state");
        for (Element transition : figure.select("path.transition[data-from=" + current + "]")) {
            if (actions.contains(transition.attr("data-action")) || "automatic".equals(transition.attr("data-action"))) {
                transition.addClass("possible");
            }
        }
        return new Html("<div class=\"instance-lifecycle\">" + figure.outerHtml() + "</div>");
    }
}
