package org.amilab.playground.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.amilab.content.ShippedExplanations;
import org.amilab.simulator.Ami;
import org.amilab.simulator.AmiSource;
import org.amilab.simulator.CreateImageRequest;
import org.amilab.simulator.PlaygroundFixture;
import org.amilab.simulator.RootDeviceType;
import org.amilab.simulator.TestCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AmiCatalogTest {

    private final List<Ami> launched = new ArrayList<>();
    private final List<Ami> copied = new ArrayList<>();
    private final List<Ami> deregistered = new ArrayList<>();
    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private List<Ami> mine = List.of();
    private List<Ami> shared = List.of();
    private boolean learningMode;
    private boolean blocked = true;
    private AmiCatalog catalog;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        AmiCatalog.Account account = new AmiCatalog.Account() {
            @Override
            public String accountId() {
                return PlaygroundFixture.ACCOUNT;
            }

            @Override
            public List<Ami> myAmis() {
                return mine;
            }

            @Override
            public List<Ami> sharedWithMe() {
                return shared;
            }

            @Override
            public boolean blocksPublicImages(String region) {
                return blocked;
            }

            @Override
            public java.util.Optional<org.amilab.simulator.OwnedAmi> myImage(String imageId) {
                return fixture.playground.myImages().stream().filter(image -> image.id().equals(imageId)).findFirst();
            }

            @Override
            public java.time.Instant simulatedNow() {
                return fixture.now();
            }

            @Override
            public java.util.Optional<java.time.Instant> takenDownAt(String imageId) {
                return java.util.Optional.empty();
            }
        };
        AmiCatalog.Actions actions = new AmiCatalog.Actions() {
            @Override
            public void launch(Ami ami) {
                launched.add(ami);
            }

            @Override
            public void copy(Ami ami) {
                copied.add(ami);
            }

            @Override
            public void deregister(Ami ami) {
                deregistered.add(ami);
            }

            @Override
            public java.util.Optional<org.amilab.simulator.Ec2Error> changePermission(Ami ami,
                    org.amilab.simulator.LaunchPermissionChange change) {
                return AmiCatalogTest.this.changePermission(ami, change);
            }

            @Override
            public void blockPublicAccess(String region, boolean on) {
                blocked = on;
                catalog.showAccountAmis();
            }
        };
        catalog = new AmiCatalog(TestCatalog.catalog(), ShippedExplanations.refusals(), account, actions,
                () -> learningMode);
        UI.getCurrent().add(catalog);
        catalog.showRegion(TestCatalog.US_EAST_1);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void quickStartShowsOnlyQuickStartAmisOfTheRegion() {
        long expected = TestCatalog.AMIS.stream()
                .filter(a -> a.source() == AmiSource.QUICK_START && a.region().equals(TestCatalog.US_EAST_1)).count();
        assertThat(_size(grid())).isEqualTo((int) expected);
        assertThat(_find(Paragraph.class, spec -> spec.withId("community-warning"))).as("hidden").isEmpty();
    }

    @Test
    void communityAmisCarryARiskNotice() {
        _get(Tabs.class).setSelectedIndex(3);
        assertThat(warning().isVisible()).isTrue();
        assertThat(warning().getText()).contains("own risk");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersNarrowTheList() {
        _get(Tabs.class).setSelectedIndex(3);
        int all = _size(grid());
        Select<RootDeviceType> root = _get(Select.class, spec -> spec.withLabel("Root device type"));
        _setValue(root, RootDeviceType.INSTANCE_STORE);
        assertThat(_size(grid())).isLessThan(all).isPositive();
        assertThat(grid().getListDataView().getItems()).allMatch(ami -> ami.rootDeviceType() == RootDeviceType.INSTANCE_STORE);
    }

    @Test
    void aDeepLinkSelectsTheAmiShowsWhatItProvidesAndLaunchesIt() {
        catalog.select(TestCatalog.LEGACY_PV_INSTANCE_STORE.id());
        assertThat(_get(Tabs.class).getSelectedIndex()).isEqualTo(3);
        assertThat(catalog.getElement().getTextRecursively()).contains("Root volume template")
                .contains("Launch permissions: public").contains("Paravirtual is the legacy virtualization type");
        _click(_get(Button.class, spec -> spec.withId("launch-selected")));
        assertThat(launched).containsExactly(TestCatalog.LEGACY_PV_INSTANCE_STORE);
    }

    @Test
    void myOwnImageCanBeCopiedOnceAvailableAndTheButtonSaysWhyNotBefore() {
        String web = fixture.running(TestCatalog.AL2023_X86, "t3.micro");
        fixture.playground.createImage(PlaygroundFixture.ALICE, CreateImageRequest.of(web, "shop-web-1")).value();
        mine = fixture.playground.myAmis();
        _get(Tabs.class).setSelectedIndex(1);
        catalog.showAccountAmis();
        grid().select(grid().getListDataView().getItem(0));

        assertThat(_get(Paragraph.class, spec -> spec.withId("ami-origin")).getText()).startsWith("Made from " + web);
        var progress = _get(com.vaadin.flow.component.progressbar.ProgressBar.class, spec -> spec.withId("ami-progress"));
        assertThat(progress.getValue()).isLessThan(1);
        fixture.advance(Duration.ofMinutes(1));
        catalog.showAccountAmis();
        assertThat(progress.getValue()).as("follows the clock").isPositive();
        Button copy = _get(Button.class, spec -> spec.withId("copy-image"));
        assertThat(copy.isEnabled()).isFalse();
        assertThat(copy.getTooltip().getText()).contains("pending");
        learningMode = true;
        catalog.updateActions();
        assertThat(_get(Button.class, spec -> spec.withId("copy-image")).isEnabled()).as("learning mode").isTrue();
        learningMode = false;

        fixture.advance(Duration.ofHours(1));
        mine = fixture.playground.myAmis();
        catalog.showAccountAmis();
        Button available = _get(Button.class, spec -> spec.withId("copy-image"));
        assertThat(grid().asSingleSelect().getValue()).as("still chosen").isEqualTo(mine.get(0));
        assertThat(available.isEnabled()).isTrue();
        _click(available);
        assertThat(copied).containsExactly(mine.get(0));

        _click(_get(Button.class, spec -> spec.withId("deregister-image")));
        assertThat(deregistered).containsExactly(mine.get(0));
    }

    @Test
    void publishedImagesOfferNoCopy() {
        catalog.select(TestCatalog.AL2023_X86.id());

        assertThat(_find(Button.class, spec -> spec.withId("launch-selected"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("copy-image"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("deregister-image"))).isEmpty();
    }

    @Test
    void anOwnAmiIsSharedByAccountIdAndAnIdEc2WouldRefuseMarksTheField() {
        String web = fixture.running(TestCatalog.AL2023_X86, "t3.micro");
        fixture.playground.createImage(PlaygroundFixture.ALICE, CreateImageRequest.of(web, "shop-web-2")).value();
        fixture.advance(Duration.ofHours(1));
        mine = fixture.playground.myAmis();
        _get(Tabs.class).setSelectedIndex(1);
        catalog.showAccountAmis();
        grid().select(grid().getListDataView().getItem(0));
        assertThat(_get(Paragraph.class, spec -> spec.withId("launch-permission-status")).getText()).startsWith("Private");

        TextField account = _get(TextField.class, spec -> spec.withId("share-account-id"));
        _setValue(account, "1234-5678");
        _click(_get(Button.class, spec -> spec.withId("share-image")));
        assertThat(account.isInvalid()).isTrue();
        assertThat(account.getErrorMessage()).startsWith("InvalidAMIAttributeItemValue").contains("12345678");

        _setValue(_get(TextField.class, spec -> spec.withId("share-account-id")), "2109 8765 4321");
        _click(_get(Button.class, spec -> spec.withId("share-image")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("launch-permission-status")).getText()).startsWith("Shared");
        assertThat(catalog.getElement().getTextRecursively()).contains("Account 210987654321");

        Button makePublic = _get(Button.class, spec -> spec.withId("make-public"));
        assertThat(makePublic.isEnabled()).as("block public access is on").isFalse();
        assertThat(makePublic.getTooltip().getText()).contains("OperationNotPermitted");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("block-public-access")), false);
        assertThat(_get(Button.class, spec -> spec.withId("make-public")).isEnabled()).isTrue();
    }

    @Test
    void anotherLearnersAmiSharedByIdIsUnderMyAmisAndAPublicOneUnderCommunity() {
        var other = new PlaygroundFixture("210987654321");
        String web = other.running(TestCatalog.AL2023_X86, "t3.micro");
        String byId = other.playground.createImage(PlaygroundFixture.ALICE, CreateImageRequest.of(web, "for-you")).value().id();
        String open = other.playground.createImage(PlaygroundFixture.ALICE, CreateImageRequest.of(web, "for-all")).value().id();
        other.advance(Duration.ofHours(1));
        other.playground.modifyLaunchPermission(PlaygroundFixture.ALICE, byId,
                org.amilab.simulator.LaunchPermissionChange.shareWith(PlaygroundFixture.ACCOUNT)).value();
        other.playground.setImageBlockPublicAccess(PlaygroundFixture.ALICE, TestCatalog.US_EAST_1, false).value();
        other.playground.modifyLaunchPermission(PlaygroundFixture.ALICE, open,
                org.amilab.simulator.LaunchPermissionChange.makePublic()).value();
        shared = other.playground.myAmis();

        _get(Tabs.class).setSelectedIndex(1);
        catalog.showAccountAmis();
        assertThat(grid().getListDataView().getItems().map(Ami::name)).containsExactly("for-you");
        grid().select(grid().getListDataView().getItem(0));
        assertThat(_get(Paragraph.class, spec -> spec.withId("shared-by")).getText()).startsWith("Shared with you");
        assertThat(_find(Button.class, spec -> spec.withId("deregister-image"))).as("not mine").isEmpty();
        _get(Tabs.class).setSelectedIndex(3);
        assertThat(grid().getListDataView().getItems().map(Ami::name)).contains("for-all").doesNotContain("for-you");
    }

    private java.util.Optional<org.amilab.simulator.Ec2Error> changePermission(Ami ami,
            org.amilab.simulator.LaunchPermissionChange change) {
        var result = fixture.playground.modifyLaunchPermission(PlaygroundFixture.ALICE, ami.id(), change);
        mine = fixture.playground.myAmis();
        catalog.showAccountAmis();
        return result.isSuccess() ? java.util.Optional.empty() : java.util.Optional.of(result.error());
    }

    @SuppressWarnings("unchecked")
    private static Grid<Ami> grid() {
        return _get(Grid.class, spec -> spec.withId("ami-grid"));
    }

    private static Paragraph warning() {
        return _get(Paragraph.class, spec -> spec.withId("community-warning"));
    }
}
