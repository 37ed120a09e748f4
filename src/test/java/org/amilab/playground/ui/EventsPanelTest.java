package org.amilab.playground.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.PlaygroundFixture;
import org.amilab.simulator.TestCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventsPanelTest {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final List<PlaygroundEvent> written = new ArrayList<>();
    private final EventsPanel panel = new EventsPanel((sequence, lines) -> written.stream()
            .filter(e -> e.sequence() < sequence && e.sequence() >= sequence - lines).toList());

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().add(panel);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theNewestLineComesFirst() {
        var fixture = new PlaygroundFixture();
        String web = fixture.running(TestCatalog.AL2023_X86, "t3.micro");

        panel.show(PlaygroundView.of(org.amilab.playground.PlaygroundRef.free(java.util.UUID.randomUUID()), fixture.playground, fixture.playground.events()));

        assertThat(_size(grid())).isEqualTo(fixture.playground.events().size()).isGreaterThan(1);
        assertThat(_getFormattedRow(grid(), 0)).contains(web);
        assertThat(String.join(" ", _getFormattedRow(grid(), _size(grid()) - 1))).contains("launch");
    }

    @Test
    void eachLineIsWrittenFromItsFactsWithEc2sStateReason() {
        var fixture = new PlaygroundFixture();
        String web = fixture.stopped(TestCatalog.AL2023_X86, "t3.micro");
        fixture.playground.modifyInstanceType(PlaygroundFixture.ALICE, web, "t3.medium").value();
        fixture.playground.start(PlaygroundFixture.ALICE, "i-0123456789abcdef0");

        panel.show(PlaygroundView.of(org.amilab.playground.PlaygroundRef.free(java.util.UUID.randomUUID()), fixture.playground, fixture.playground.events()));

        List<String> rows = new ArrayList<>();
        for (int row = 0; row < _size(grid()); row++) {
            rows.add(String.join(" ", _getFormattedRow(grid(), row)));
        }
        assertThat(rows.get(0)).contains("start", "refused: InvalidInstanceID.NotFound");
        assertThat(rows.get(1)).contains("modify instance type", "t3.micro \u2192 t3.medium");
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("EC2", "stopping \u2192 stopped",
                "Client.UserInitiatedShutdown: User initiated shutdown"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("alice", "stop", "running \u2192 stopping"));
        assertThat(rows.get(rows.size() - 1)).contains("launch",
                "pending: t3.micro from " + TestCatalog.AL2023_X86.id() + " in us-east-1, EBS root of 8 GiB");
    }

    @Test
    void clockStepsAndSpeedsReadInWords() {
        var fixture = new PlaygroundFixture();
        fixture.playground.advanceClock(org.amilab.simulator.PlaygroundFixture.ALICE, Duration.ofHours(1));
        fixture.playground.advanceClock(org.amilab.simulator.PlaygroundFixture.ALICE, Duration.ofDays(30));
        fixture.playground.advanceClock(org.amilab.simulator.PlaygroundFixture.ALICE, Duration.ofMinutes(90));
        fixture.playground.setSpeed(org.amilab.simulator.PlaygroundFixture.ALICE, 60);

        panel.show(PlaygroundView.of(org.amilab.playground.PlaygroundRef.free(java.util.UUID.randomUUID()), fixture.playground, fixture.playground.events()));

        assertThat(String.join(" ", _getFormattedRow(grid(), 0))).contains("60\u00d7 real time");
        assertThat(String.join(" ", _getFormattedRow(grid(), 1))).contains("+1 hour 30 minutes").doesNotContain("PT");
        assertThat(String.join(" ", _getFormattedRow(grid(), 2))).contains("+30 days");
        assertThat(String.join(" ", _getFormattedRow(grid(), 3))).contains("+1 hour");
        assertThat(EventText.inWords(Duration.ofSeconds(90_061))).isEqualTo("1 day 1 hour 1 minute 1 second");
    }

    @Test
    void earlierLinesArePagedBackToTheFirstAndNewLinesKeepComingOnTop() {
        var fixture = new PlaygroundFixture();
        for (int i = 0; i < 119; i++) {
            fixture.playground.advanceClock(PlaygroundFixture.ALICE, Duration.ofMinutes(1));
        }
        written.addAll(fixture.playground.events());
        assertThat(written).hasSize(119);

        panel.show(PlaygroundView.of(org.amilab.playground.PlaygroundRef.free(java.util.UUID.randomUUID()), fixture.playground, written.subList(69, 119)));
        assertThat(_size(grid())).isEqualTo(50);
        var earlier = _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("earlier-events"));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(earlier);
        assertThat(_size(grid())).isEqualTo(100);
        com.github.mvysny.kaributesting.v10.ButtonKt._click(earlier);
        assertThat(_size(grid())).isEqualTo(119);
        assertThat(_getFormattedRow(grid(), 118).get(0)).isEqualTo("1");
        assertThat(earlier.isVisible()).as("nothing earlier than line 1").isFalse();

        fixture.playground.advanceClock(PlaygroundFixture.ALICE, Duration.ofMinutes(1));
        List<PlaygroundEvent> all = fixture.playground.events();
        panel.show(PlaygroundView.of(org.amilab.playground.PlaygroundRef.free(java.util.UUID.randomUUID()), fixture.playground, all.subList(all.size() - 50, all.size())));
        assertThat(_size(grid())).as("the pages stay, the new line comes on top").isEqualTo(120);
        assertThat(_getFormattedRow(grid(), 0).get(0)).isEqualTo("120");
    }

    @Test
    void earlierLinesThatDoNotJoinOnAreNotAdded() {
        var fixture = new PlaygroundFixture();
        for (int i = 0; i < 110; i++) {
            fixture.playground.advanceClock(PlaygroundFixture.ALICE, Duration.ofMinutes(1));
        }
        List<PlaygroundEvent> all = fixture.playground.events();
        // only the first 40 lines are written: the 50 shown are projected, and 41 to 60 are not there yet
        written.addAll(all.subList(0, 40));

        panel.show(PlaygroundView.of(org.amilab.playground.PlaygroundRef.free(java.util.UUID.randomUUID()), fixture.playground, all.subList(60, 110)));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("earlier-events")));

        assertThat(_size(grid())).as("no gap between line 40 and line 61").isEqualTo(50);
    }

    /** After a reset the log starts again at 1: the same sequence numbers must not hide the new lines. */
    @Test
    void aLogThatStartedAgainIsShownAfreshThoughItsSequenceNumbersAreTheSame() {
        var before = new PlaygroundFixture();
        before.advance(Duration.ofMinutes(1));
        before.launch(TestCatalog.AL2023_X86, "t3.micro");
        panel.show(PlaygroundView.of(org.amilab.playground.PlaygroundRef.free(java.util.UUID.randomUUID()), before.playground, before.playground.events()));
        var after = new PlaygroundFixture();
        after.advance(Duration.ofMinutes(3));
        after.launch(TestCatalog.AL2023_X86, "t3.micro");
        assertThat(after.playground.events()).extracting(PlaygroundEvent::sequence)
                .isEqualTo(before.playground.events().stream().map(PlaygroundEvent::sequence).toList());

        List<Object> redrawn = new ArrayList<>();
        grid().getDataProvider().addDataProviderListener(redrawn::add);

        panel.show(PlaygroundView.of(org.amilab.playground.PlaygroundRef.free(java.util.UUID.randomUUID()), after.playground, after.playground.events()));

        assertThat(redrawn).as("the browser is sent the new lines").hasSize(1);
        List<PlaygroundEvent> log = after.playground.events();
        String newest = TIME.format(log.get(log.size() - 1).simulatedAt());
        assertThat(newest).isNotEqualTo(TIME.format(before.playground.events().get(log.size() - 1).simulatedAt()));
        assertThat(_getFormattedRow(grid(), 0)).contains(newest);
    }


    @SuppressWarnings("unchecked")
    private Grid<Object> grid() {
        return _get(Grid.class, spec -> spec.withId("events"));
    }
}
