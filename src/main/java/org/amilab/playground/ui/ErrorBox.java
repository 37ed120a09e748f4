package org.amilab.playground.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.amilab.content.Explanation;
import org.amilab.content.RefusalExplanations;
import org.amilab.simulator.Ec2Error;

/** The last refusal: EC2's code and message as the API says them, our explanation, and the lesson section. */
class ErrorBox extends Div {

    private final RefusalExplanations explanations;

    ErrorBox(RefusalExplanations explanations) {
        this.explanations = explanations;
        setId("ec2-error");
        addClassName("ec2-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(Ec2Error error) {
        removeAll();
        var code = new Span(error.code());
        code.addClassName("ec2-error-code");
        Explanation explanation = explanations.explain(error);
        add(new Paragraph(code, new Span(": " + error.message())), new Paragraph(explanation.text()),
                new Anchor(explanation.lesson().href(), "Read more in the lesson"), dismiss());
        setVisible(true);
    }

    void show(String message) {
        removeAll();
        add(new Paragraph(message), dismiss());
        setVisible(true);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    private Button dismiss() {
        var button = new Button("Dismiss", click -> clear());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
