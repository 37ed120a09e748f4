package org.amilab.playground.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.UUID;
import org.amilab.playground.PlaygroundRef;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.ActionResult;
import org.amilab.simulator.Instance;
import org.amilab.simulator.PlaygroundFixture;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.TestCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A learner's own Image Builder component, from what they typed into an instance, through the one command door. */
class ComponentsPanelTest {

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private ComponentsPanel panel;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        panel = new ComponentsPanel(TestCatalog.COMPONENTS, new ImageBuilderPage.Commands() {
            @Override
            public <T> ImageBuilderPage.Outcome execute(PlaygroundCommand<T> command, String done) {
                ActionResult<T> result = fixture.playground.execute(ALICE, command);
                panel.show(view(), TestCatalog.US_EAST_1);
                return new ImageBuilderPage.Outcome(result.isSuccess(),
                        result.isSuccess() ? Optional.empty() : Optional.of(result.error()));
            }
        });
        UI.getCurrent().add(panel);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theStepsComeFromTheShellHistoryWithoutTheLinesThatOnlyLookAround() {
        String web = fixture.running(TestCatalog.AL2023_X86, "t3.micro");
        for (String line : new String[] {"help", "sudo dnf install -y httpd", "history", "sudo systemctl enable --now httpd"}) {
            fixture.playground.runShellCommand(ALICE, web, line).value();
        }
        panel.show(view(), TestCatalog.US_EAST_1);

        @SuppressWarnings("unchecked")
        Select<Instance> source = _get(panel, Select.class, spec -> spec.withId("component-source"));
        source.setValue(fixture.instance(web));
        _click(_get(panel, Button.class, spec -> spec.withId("fill-from-history")));

        TextArea steps = _get(panel, TextArea.class, spec -> spec.withId("component-steps"));
        assertThat(steps.getValue()).isEqualTo("sudo dnf install -y httpd\nsudo systemctl enable --now httpd");

        _setValue(_get(panel, TextField.class, spec -> spec.withId("component-name")), "shop-web");
        _setValue(_get(panel, TextField.class, spec -> spec.withId("component-version")), "1.0");
        _click(_get(panel, Button.class, spec -> spec.withId("create-component")));
        TextField version = _get(panel, TextField.class, spec -> spec.withId("component-version"));
        assertThat(version.isInvalid()).isTrue();
        assertThat(version.getErrorMessage()).startsWith("InvalidParameterValueException").contains("'1.0'");
        assertThat(fixture.playground.myComponents()).isEmpty();

        _setValue(version, "1.0.0");
        _click(_get(panel, Button.class, spec -> spec.withId("create-component")));

        assertThat(fixture.playground.myComponents()).singleElement().satisfies(c -> {
            assertThat(c.reference()).isEqualTo("shop-web/1.0.0");
            assertThat(c.steps()).containsExactly("sudo dnf install -y httpd", "sudo systemctl enable --now httpd");
        });
        Grid<?> grid = _get(panel, Grid.class, spec -> spec.withId("components"));
        assertThat(_size(grid)).isEqualTo(TestCatalog.COMPONENTS.components().size() + 1);
        assertThat(_getFormatted(grid, _size(grid) - 1, "owner")).isEqualTo("you");
    }

    private PlaygroundView view() {
        return PlaygroundView.of(PlaygroundRef.free(UUID.randomUUID()), fixture.playground, fixture.playground.events());
    }
}
