package org.amilab.playground.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.SimulatedClock;

/** The playground's own clock: the simulated date and time, its speed, pause, and jumps ahead. */
class ClockBar extends FlexLayout {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final List<Integer> SPEEDS = List.of(1, 60, 600, SimulatedClock.MAX_SPEED);

    /** What the page does for each control. */
    interface Controls {
        void setSpeed(int speed);

        void pause(boolean paused);

        void advance(Duration step);
    }

    private final Span time = new Span();
    private final Select<Integer> speed = new Select<>();
    private final Button pause = new Button();
    private boolean paused;
    private boolean showing;

    ClockBar(Controls controls) {
        addClassName("clock-bar");
        time.setId("simulated-time");
        time.addClassName("simulated-time");
        time.getElement().setAttribute("aria-label", "Simulated time");
        speed.setLabel("Speed");
        speed.setId("clock-speed");
        speed.setItems(SPEEDS);
        speed.setItemLabelGenerator(ClockBar::speedLabel);
        speed.addValueChangeListener(change -> {
            if (!showing && change.getValue() != null) {
                controls.setSpeed(change.getValue());
            }
        });
        pause.setId("clock-pause");
        pause.addClickListener(click -> controls.pause(!paused));
        add(time, speed, pause, jump("+1 hour", Duration.ofHours(1), controls), jump("+1 day", Duration.ofDays(1), controls),
                jump("+30 days", Duration.ofDays(30), controls));
    }

    void show(PlaygroundView view) {
        showing = true;
        time.setText(SHOWN.format(view.simulatedNow()));
        paused = view.clock().paused();
        pause.setText(paused ? "Resume" : "Pause");
        if (!Integer.valueOf(view.clock().speed()).equals(speed.getValue())) {
            if (!SPEEDS.contains(view.clock().speed())) {
                speed.setItems(SPEEDS);
            }
            speed.setValue(view.clock().speed());
        }
        showing = false;
    }

    private static Button jump(String text, Duration step, Controls controls) {
        var button = new Button(text, click -> controls.advance(step));
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        button.setId("advance-" + step.toHours() + "h");
        button.setAriaLabel("Advance the simulated clock by " + text.substring(1));
        return button;
    }

    private static String speedLabel(int speed) {
        return switch (speed) {
            case 1 -> "1× (real time)";
            case 60 -> "60× (a minute each second)";
            case 600 -> "600× (10 minutes each second)";
            default -> speed + "× (an hour each second)";
        };
    }
}
