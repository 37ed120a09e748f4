package org.amilab.playground.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.TestCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The launch wizard's logic without a browser: field checks, estimate, and the server's refusal. */
class LaunchWizardTest {

    private final List<LaunchRequest> sent = new ArrayList<>();
    private Optional<String> serverAnswer = Optional.empty();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void anInstanceStoreRootAbove10GibIsRefusedAtOnceAndNothingIsSent() {
        open(TestCatalog.LEGACY_PV_INSTANCE_STORE);
        var size = _get(IntegerField.class, spec -> spec.withLabel("Root volume size (GiB)"));
        assertThat(size.getHelperText()).contains("at most 10 GiB");
        _setValue(size, 11);
        assertThat(size.isInvalid()).isTrue();
        assertThat(size.getErrorMessage()).contains("10");
        assertThat(problem().getText()).startsWith("InvalidParameterValue").contains("10");
        assertThatThrownBy(() -> _click(launchButton())).isInstanceOf(IllegalStateException.class);
        assertThat(sent).isEmpty();

        _setValue(size, 8);
        assertThat(size.isInvalid()).isFalse();
        _click(launchButton());
        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.rootVolumeSizeGiB()).contains(8);
            assertThat(request.imageId()).isEqualTo(TestCatalog.LEGACY_PV_INSTANCE_STORE.id());
        });
    }

    @Test
    void onlyTypesThatCanBootTheAmiAreOfferedWithTheirPrice() {
        open(TestCatalog.AL2023_ARM);
        var wizard = _get(LaunchWizard.class);
        var types = TestCatalog.catalog().typesFor(TestCatalog.AL2023_ARM);
        assertThat(types).isNotEmpty().allSatisfy(type -> assertThat(type.architecture())
                .isEqualTo(TestCatalog.AL2023_ARM.architecture()));
        assertThat(wizard).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("launch-estimate")).getText())
                .contains("per hour while running").contains("Prices are illustrative");
    }

    @Test
    void theServersRefusalIsShownInTheWizardWhichStaysOpen() {
        serverAnswer = Optional.of("InstanceLimitExceeded: You have reached your limit of 20 instances.");
        open(TestCatalog.AL2023_X86);
        _click(launchButton());
        assertThat(sent).hasSize(1);
        assertThat(problem().getText()).startsWith("InstanceLimitExceeded");
        assertThat(_get(LaunchWizard.class).isOpened()).isTrue();
    }

    private void open(org.amilab.simulator.Ami ami) {
        new LaunchWizard(TestCatalog.catalog(), TestCatalog.PRICES, ami, ami.region(), request -> {
            sent.add(request);
            return serverAnswer;
        }).open();
    }

    private static Button launchButton() {
        return _get(Button.class, spec -> spec.withText("Launch"));
    }

    private static Div problem() {
        return _get(Div.class, spec -> spec.withId("launch-problem"));
    }
}
