package org.amilab.playground.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.amilab.content.ShippedExplanations;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.Instance;
import org.amilab.simulator.InstanceAction;
import org.amilab.simulator.LifecycleDurations;
import org.amilab.simulator.PlaygroundFixture;
import org.amilab.simulator.RootDeviceType;
import org.amilab.simulator.TestCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstancesPanelTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private final List<String> performed = new ArrayList<>();
    private boolean learningMode;
    private InstancesPanel panel;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        panel = new InstancesPanel(() -> learningMode, ShippedExplanations.refusals(), new InstancesPanel.Actions() {
            @Override
            public void perform(InstanceAction action, List<Instance> instances) {
                instances.forEach(instance -> performed.add(action + " " + instance.id()));
            }

            @Override
            public void showDetails(Instance instance) {
                performed.add("details " + instance.id());
            }
        });
        UI.getCurrent().add(panel);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theStateIsShownInWordsWithItsCodeAndFollowsTheBoot() {
        fixture.launch(TestCatalog.AL2023_X86, "t3.micro");
        fixture.advance(LifecycleDurations.boot(RootDeviceType.EBS).dividedBy(2));

        panel.show(view(), TestCatalog.US_EAST_1);

        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_getFormatted(grid(), 0, "state")).isEqualTo("pending (0)");

        fixture.advance(LifecycleDurations.boot(RootDeviceType.EBS));
        panel.show(view(), TestCatalog.US_EAST_1);

        assertThat(_getFormatted(grid(), 0, "state")).startsWith("running (16)").contains("Initializing");

        fixture.advance(LifecycleDurations.STATUS_CHECKS_INITIALIZING);
        panel.show(view(), TestCatalog.US_EAST_1);

        assertThat(_getFormatted(grid(), 0, "state")).contains("2/2 checks passed");
    }

    @Test
    void choosingInstancesEnablesWhatEc2WouldDoToAllOfThem() {
        String web = fixture.running(TestCatalog.AL2023_X86, "t3.micro");
        String legacy = fixture.running(TestCatalog.LEGACY_PV_INSTANCE_STORE, "m3.medium");
        panel.show(view(), TestCatalog.US_EAST_1);
        assertThat(button("Stop").isEnabled()).as("nothing chosen yet").isFalse();

        panel.choose(web, true);
        assertThat(button("Stop").isEnabled()).isTrue();

        panel.choose(legacy, true);
        assertThat(button("Stop").isEnabled()).as("an instance store-backed instance cannot be stopped").isFalse();
        assertThat(button("Stop").getTooltip().getText()).contains("instance store");
        assertThat(button("Reboot").isEnabled()).isTrue();

        button("Reboot").click();
        assertThat(performed).containsExactlyInAnyOrder("REBOOT " + web, "REBOOT " + legacy);
    }

    @Test
    void learningModeLetsTheLearnerTryWhatEc2WouldRefuse() {
        String legacy = fixture.running(TestCatalog.LEGACY_PV_INSTANCE_STORE, "m3.medium");
        panel.show(view(), TestCatalog.US_EAST_1);
        panel.choose(legacy, true);
        assertThat(button("Stop").isEnabled()).isFalse();

        learningMode = true;
        panel.updateButtons();

        assertThat(button("Stop").isEnabled()).isTrue();
    }

    @Test
    void anInstanceThatLeftTheRegionIsNoLongerChosen() {
        String web = fixture.running(TestCatalog.AL2023_X86, "t3.micro");
        panel.show(view(), TestCatalog.US_EAST_1);
        panel.choose(web, true);

        fixture.playground.terminate(ALICE, web).value();
        fixture.advance(Duration.ofHours(2));
        panel.show(view(), TestCatalog.US_EAST_1);

        assertThat(_get(panel, Paragraph.class, spec -> spec.withId("no-instances")).getText()).contains("No instances");
        assertThat(button("Terminate").isEnabled()).isFalse();
    }


    private PlaygroundView view() {
        return PlaygroundView.of(org.amilab.playground.PlaygroundRef.free(java.util.UUID.randomUUID()), fixture.playground, fixture.playground.events());
    }

    @SuppressWarnings("unchecked")
    private Grid<InstanceRow> grid() {
        return _get(Grid.class, spec -> spec.withId("instances"));
    }

    private Button button(String text) {
        return _get(panel, Button.class, spec -> spec.withText(text));
    }
}
