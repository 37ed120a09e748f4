package org.amilab.playground.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Function;
import org.amilab.playground.ChangedMeanwhileException;
import org.amilab.simulator.ActionResult;
import org.amilab.simulator.ShellGreeting;
import org.amilab.simulator.ShellOutput;

/**
 * "Connect": a terminal on one running instance, as EC2 Instance Connect opens one in the console.
 * Each line typed goes to the playground as one command; the answer is written back.
 */
final class ConnectDialog {

    private final Dialog dialog = new Dialog();
    private final InstanceTerminal terminal;
    private final Paragraph status = new Paragraph();

    private ConnectDialog(ShellGreeting greeting, Function<String, ActionResult<ShellOutput>> run) {
        terminal = new InstanceTerminal((greeting.windows() ? "PowerShell" : "Shell") + " input on " + greeting.instanceId());
        dialog.setId("connect-dialog");
        dialog.setHeaderTitle("Connect to " + greeting.instanceId());
        dialog.setWidth("min(60rem, 100vw)");
        var about = new Paragraph("EC2 Instance Connect opened a session as " + greeting.user() + " on "
                + greeting.operatingSystem() + ". What you change here stays on the instance's root device, so an image "
                + "made from it keeps it. Type help for the commands; Esc leaves the terminal.");
        status.setId("connect-status");
        status.getElement().setAttribute("aria-live", "polite");
        terminal.setId("instance-terminal");
        terminal.onLine(line -> {
            try {
                answer(run.apply(line));
            } catch (ChangedMeanwhileException changed) {
                terminal.print(changed.getMessage() + "\r\n", greeting.prompt());
            }
        });
        terminal.onLeave(dialog::close);
        dialog.add(about, terminal, status);
        var disconnect = new Button("Disconnect", click -> dialog.close());
        disconnect.setId("disconnect");
        dialog.getFooter().add(disconnect);
        dialog.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                terminal.focusInput();
            }
        });
    }

    static void open(ShellGreeting greeting, List<String> history, Function<String, ActionResult<ShellOutput>> run) {
        var connect = new ConnectDialog(greeting, run);
        connect.dialog.open();
        connect.terminal.start(greeting, history);
    }

    private void answer(ActionResult<ShellOutput> result) {
        if (!result.isSuccess()) {
            terminal.end("\r\nConnection closed: " + result.error().code() + ": " + result.error().message() + "\r\n");
            status.setText("The session ended: " + result.error().message());
            return;
        }
        ShellOutput output = result.value();
        if (output.sessionEnded()) {
            terminal.end(output.output() + "Connection to " + output.instanceId() + " closed.\r\n");
            status.setText("You logged out. Disconnect closes the terminal; Connect opens a new session.");
            return;
        }
        terminal.print(output.output(), output.prompt());
        status.setText(output.exitCode() == 0 ? "" : "The last command ended with exit status " + output.exitCode() + ".");
    }
}
