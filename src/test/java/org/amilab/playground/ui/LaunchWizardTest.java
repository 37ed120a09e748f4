package org.amilab.playground.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.amilab.content.ShippedExplanations;
import org.amilab.simulator.BlockDeviceMapping;
import org.amilab.simulator.EbsBlockDevice;
import org.amilab.simulator.VolumeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.TestCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        var size = _get(WholeNumberField.class, spec -> spec.withLabel("Root volume size (GiB)"));
        assertThat(size.getHelperText()).contains("at most 10 GiB");
        _setValue(size, "11");
        assertThat(size.isInvalid()).isTrue();
        assertThat(size.getErrorMessage()).contains("10");
        assertThat(problem().getText()).startsWith("InvalidParameterValue").contains("10");
        assertThatThrownBy(() -> _click(launchButton())).isInstanceOf(IllegalStateException.class);
        assertThat(sent).isEmpty();

        _setValue(size, "8");
        assertThat(size.isInvalid()).isFalse();
        _click(launchButton());
        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.rootVolumeSizeGiB()).contains(8);
            assertThat(request.imageId()).isEqualTo(TestCatalog.LEGACY_PV_INSTANCE_STORE.id());
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0 | Volume of size 0GB is smaller than snapshot",
            "-1 | Volume of size -1GB is smaller than snapshot",
            "1e20 | “1e20” is not a whole number. Enter a whole number of GiB from 8 to 16,384.",
            "12.5 | “12.5” is not a whole number. Enter a whole number of GiB from 8 to 16,384.",
            "123456789012345678901 | 123456789012345678901 is too large. Enter a whole number of GiB from 8 to 16,384.",
            "-99999999999 | -99999999999 is too small. Enter a whole number of GiB from 8 to 16,384.",
            "9999999999999999999999999999999999999999 | 999999999999999999999999\u2026 is too large. Enter a whole number of GiB from 8 to 16,384.",
            "'' | Enter a whole number of GiB from 8 to 16,384."})
    @SuppressWarnings("unchecked")
    void aRootSizeThatIsNoAllowedNumberGetsTheFieldsOwnMessageAndNothingIsLaunched(String typed, String message) {
        open(TestCatalog.AL2023_X86);
        var size = _get(WholeNumberField.class, spec -> spec.withLabel("Root volume size (GiB)"));
        _setValue(_get(Select.class, spec -> spec.withLabel("Root volume type")), VolumeType.GP2);

        _setValue(size, typed);

        assertThat(size.isInvalid()).isTrue();
        assertThat(size.getErrorMessage()).startsWith(message);
        assertThat(problem().isVisible()).isTrue();
        assertThat(_find(Paragraph.class, spec -> spec.withId("launch-estimate"))).as("no estimate while refused").isEmpty();
        assertThatThrownBy(() -> _click(launchButton())).isInstanceOf(IllegalStateException.class);
        assertThat(sent).isEmpty();
    }

    @Test
    void aCountOutsideOneToTwentyIsMarkedOnTheCountField() {
        open(TestCatalog.AL2023_X86);
        var count = _get(WholeNumberField.class, spec -> spec.withLabel("Number of instances"));

        for (String typed : List.of("21", "99999999999999", "two")) {
            _setValue(count, typed);
            assertThat(count.isInvalid()).as(typed).isTrue();
            assertThat(count.getErrorMessage()).as(typed).containsAnyOf("At most 20", "from 1 to 20");
            assertThatThrownBy(() -> _click(launchButton())).isInstanceOf(IllegalStateException.class);
        }
        _setValue(count, "0");
        assertThat(count.getErrorMessage()).contains("MinCount");

        _setValue(count, " 3 ");
        assertThat(count.isInvalid()).isFalse();
        _click(launchButton());
        assertThat(sent).singleElement().extracting(LaunchRequest::count).isEqualTo(3);
    }

    @Test
    void anExtraVolumeSizeThatIsNotANumberIsMarkedWithItsRange() {
        open(TestCatalog.AL2023_X86);
        _click(_get(Button.class, spec -> spec.withText("Add EBS volume")));
        var size = _get(WholeNumberField.class, spec -> spec.withLabel("/dev/sdf size (GiB)"));

        _setValue(size, "5e3");

        assertThat(size.isInvalid()).isTrue();
        assertThat(size.getErrorMessage()).isEqualTo(
                "“5e3” is not a whole number. Enter a whole number of GiB from 1 to 65,536.");
        assertThatThrownBy(() -> _click(launchButton())).isInstanceOf(IllegalStateException.class);
        assertThat(sent).isEmpty();
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

    @Test
    void nameExtraVolumesAndBothProtectionsAreSent() {
        open(TestCatalog.AL2023_X86);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), " web-1 ");
        _click(_get(Button.class, spec -> spec.withText("Add EBS volume")));
        var size = _get(WholeNumberField.class, spec -> spec.withLabel("/dev/sdf size (GiB)"));
        _setValue(size, "500");
        @SuppressWarnings("unchecked")
        Select<VolumeType> type = _get(Select.class, spec -> spec.withLabel("/dev/sdf type"));
        _setValue(type, VolumeType.ST1);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Delete on termination")), false);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Termination protection")), true);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Stop protection")), true);
        assertThat(_get(Paragraph.class, spec -> spec.withId("launch-estimate")).getText())
                .contains("$23.14 of that is EBS storage"); // 8 GiB gp3 root × $0.08 + 500 GiB st1 × $0.045

        _click(launchButton());

        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.name()).isEqualTo("web-1");
            assertThat(request.terminationProtection()).isTrue();
            assertThat(request.stopProtection()).isTrue();
            assertThat(request.blockDeviceMappings()).containsExactly(
                    BlockDeviceMapping.ebs("/dev/sdf", EbsBlockDevice.blank(500, VolumeType.ST1, false)));
        });
    }

    @Test
    void anExtraVolumeOutsideItsTypesRangeIsMarkedAndNothingIsSent() {
        open(TestCatalog.AL2023_X86);
        _click(_get(Button.class, spec -> spec.withText("Add EBS volume")));
        @SuppressWarnings("unchecked")
        Select<VolumeType> type = _get(Select.class, spec -> spec.withLabel("/dev/sdf type"));
        _setValue(type, VolumeType.SC1);
        var size = _get(WholeNumberField.class, spec -> spec.withLabel("/dev/sdf size (GiB)"));
        assertThat(size.isInvalid()).isTrue();
        assertThat(size.getErrorMessage()).contains("125").contains("16,384");
        assertThatThrownBy(() -> _click(launchButton())).isInstanceOf(IllegalStateException.class);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove /dev/sdf")));
        _click(launchButton());
        assertThat(sent).singleElement().satisfies(request -> assertThat(request.blockDeviceMappings()).isEmpty());
    }

    @Test
    void aNameLongerThanATagValueIsRefusedAtOnce() {
        open(TestCatalog.AL2023_X86);
        var name = _get(TextField.class, spec -> spec.withLabel("Name"));
        _setValue(name, "x".repeat(257));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("256");
        assertThatThrownBy(() -> _click(launchButton())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stopProtectionIsNotOfferedForAnInstanceStoreRootButItsLocalDisksAre() {
        open(TestCatalog.LEGACY_PV_INSTANCE_STORE);
        var stop = _get(Checkbox.class, spec -> spec.withLabel("Stop protection"));
        assertThat(stop.isEnabled()).isFalse();
        assertThat(stop.getTooltip().getText()).contains("never be stopped");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Integer> local = _get(CheckboxGroup.class, spec -> spec.withLabel("Instance store volumes"));
        assertThat(local.isVisible()).isTrue();
        assertThat(local.getHelperText()).contains("lost when the instance stops or terminates");
    }

    private void open(org.amilab.simulator.Ami ami) {
        new LaunchWizard(TestCatalog.catalog(), TestCatalog.PRICES, ShippedExplanations.refusals(), ami, ami.region(), request -> {
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
