package org.amilab.playground.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.DomListenerRegistration;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.util.List;
import java.util.function.Consumer;
import org.amilab.simulator.ShellGreeting;

/**
 * The terminal of a simulated instance, drawn by xterm.js ({@code frontend/components/instance-terminal.ts}).
 * The browser edits the line being typed; each finished line comes here, and the answer goes back
 * as plain text to be written, never as markup.
 */
@Tag("instance-terminal")
@NpmPackage(value = "@xterm/xterm", version = "5.5.0")
@NpmPackage(value = "@xterm/addon-fit", version = "0.10.0")
@JsModule("./components/instance-terminal.ts")
class InstanceTerminal extends Component implements HasSize {

    InstanceTerminal(String inputLabel) {
        getElement().setAttribute("input-label", inputLabel);
        getElement().setAttribute("rows", "18");
        setWidthFull();
    }

    /** Each line the learner finishes with Enter, in the order typed; the terminal waits for {@link #print} meanwhile. */
    DomListenerRegistration onLine(Consumer<String> lines) {
        return getElement().addEventListener("line-entered", event -> lines.accept(event.getEventData()
                .get("event.detail.line").asString())).addEventData("event.detail.line");
    }

    /** The learner pressed Escape: the terminal keeps every other key, so this is how they leave it. */
    DomListenerRegistration onLeave(Runnable leave) {
        return getElement().addEventListener("leave-requested", event -> leave.run());
    }

    void start(ShellGreeting greeting, List<String> history) {
        JsonArray lines = Json.createArray();
        history.forEach(line -> lines.set(lines.length(), line));
        getElement().callJsFunction("start", greeting.banner(), greeting.prompt(), lines);
    }

    void print(String output, String prompt) {
        getElement().callJsFunction("print", output, prompt);
    }

    void end(String message) {
        getElement().callJsFunction("end", message);
    }

    void focusInput() {
        getElement().callJsFunction("focusInput");
    }
}
