package org.amilab.playground.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import org.amilab.playground.OtherPlaygrounds;
import org.amilab.playground.PlaygroundRef;

/**
 * The learner's playgrounds as links, the open one marked: the free one and each guided challenge's
 * are separate accounts, and this is how a learner moves between them. Hidden while there is only one.
 */
@NamedInterface("workbench")
public class PlaygroundSwitch extends Nav {

    public PlaygroundSwitch(List<OtherPlaygrounds> sources, String openPurpose) {
        var choices = new ArrayList<OtherPlaygrounds.Choice>();
        choices.add(new OtherPlaygrounds.Choice(PlaygroundRef.FREE, "Free playground", "playground"));
        sources.forEach(source -> choices.addAll(source.ofSignedInLearner()));
        setId("playground-switch");
        addClassName("playground-switch");
        getElement().setAttribute("aria-label", "Your playgrounds");
        setVisible(choices.size() > 1);
        var list = new UnorderedList();
        for (OtherPlaygrounds.Choice choice : choices) {
            list.add(new ListItem(choice.purpose().equals(openPurpose) ? opened(choice) : new Anchor(choice.href(), choice.name())));
        }
        add(new Span("Your playgrounds:"), list);
    }

    private static Span opened(OtherPlaygrounds.Choice choice) {
        var current = new Span(choice.name());
        current.getElement().setAttribute("aria-current", "page");
        current.addClassName("current");
        return current;
    }
}
