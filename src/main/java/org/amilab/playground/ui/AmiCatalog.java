package org.amilab.playground.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.amilab.simulator.Ami;
import org.amilab.simulator.AmiSource;
import org.amilab.simulator.Architecture;
import org.amilab.simulator.BlockDeviceMapping;
import org.amilab.simulator.Catalog;
import org.amilab.simulator.Ec2Error;
import org.amilab.content.RefusalExplanations;
import org.amilab.simulator.ImageAction;
import org.amilab.simulator.ImageState;
import org.amilab.simulator.OwnedAmi;
import org.amilab.simulator.LaunchPermissionChange;
import org.amilab.simulator.Platform;
import org.amilab.simulator.RootDeviceType;
import org.amilab.simulator.VirtualizationType;

/**
 * The AMI catalog of one region, by source as in the EC2 console, with filters, search and what a
 * chosen AMI provides (root volume template, launch permissions, block device mappings). The
 * learner's own AMIs can also be copied to another region from here.
 */
class AmiCatalog extends Div {

    /** The learner's account as the catalog needs it: whose AMIs are whose. */
    interface Account {
        String accountId();

        List<Ami> myAmis();

        /** Other learners' AMIs this account may launch: shared with it, or public. */
        List<Ami> sharedWithMe();

        /** Whether block public access for AMIs is on in the region. */
        boolean blocksPublicImages(String region);

        /** One of the learner's own images with when and from what it was made. */
        Optional<OwnedAmi> myImage(String imageId);

        Instant simulatedNow();

        /** When an admin took this own AMI out of Community, if they did. */
        Optional<Instant> takenDownAt(String imageId);
    }

    /** What the catalog's buttons ask the page to do. */
    interface Actions {
        void launch(Ami ami);

        void copy(Ami ami);

        void deregister(Ami ami);

        /** EC2's refusal, if any, so that the form can mark the field. */
        Optional<Ec2Error> changePermission(Ami ami, LaunchPermissionChange change);

        void blockPublicAccess(String region, boolean blocked);
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    /** The console's order of sources. */
    private static final List<AmiSource> SOURCES = List.of(AmiSource.QUICK_START, AmiSource.MY_AMIS,
            AmiSource.MARKETPLACE, AmiSource.COMMUNITY);

    private final Catalog catalog;
    private final RefusalExplanations explanations;
    private final Account account;
    private final Actions actions;
    private final BooleanSupplier learningMode;
    private final Tabs sources = new Tabs();
    private final Paragraph communityWarning = new Paragraph();
    private final Select<Platform> platform = filter("Operating system", Platform.values(), Labels::of);
    private final Select<Architecture> architecture = filter("Architecture",
            new Architecture[] {Architecture.X86_64, Architecture.ARM64}, Labels::of);
    private final Select<RootDeviceType> rootDevice = filter("Root device type", RootDeviceType.values(), Labels::of);
    private final Select<VirtualizationType> virtualization = filter("Virtualization", VirtualizationType.values(),
            Labels::of);
    private final TextField search = new TextField("Search");
    private final Grid<Ami> grid = new Grid<>();
    private final Div details = new Div();
    private String region;
    private List<String> myAmisShown = List.of();
    /** The progress bar of the own AMI whose details are open while it is pending; empty otherwise. */
    private Optional<ProgressBar> pendingProgress = Optional.empty();

    /** {@code learningMode} lets the learner try a copy EC2 would refuse, to meet the refusal. */
    AmiCatalog(Catalog catalog, RefusalExplanations explanations, Account account, Actions actions,
               BooleanSupplier learningMode) {
        this.catalog = catalog;
        this.explanations = explanations;
        this.account = account;
        this.actions = actions;
        this.learningMode = learningMode;
        addClassName("ami-catalog");
        for (AmiSource source : SOURCES) {
            var tab = new Tab(Labels.of(source));
            tab.setId("source-" + source.name().toLowerCase().replace('_', '-'));
            sources.add(tab);
        }
        sources.addSelectedChangeListener(change -> refresh());
        communityWarning.setText("Community AMIs are shared by anyone. AWS does not check them: use them at your "
                + "own risk, and prefer a verified provider.");
        communityWarning.addClassName("community-warning");
        communityWarning.setId("community-warning");
        search.setPlaceholder("Name, id or operating system");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        var filters = new FlexLayout(platform, architecture, rootDevice, virtualization, search);
        filters.addClassName("catalog-filters");
        configureGrid();
        details.setId("ami-details");
        details.addClassName("ami-details");
        add(sources, communityWarning, filters, grid, details);
    }

    /**
     * Keeps "My AMIs" and the AMIs other learners share current (a new image, pending becoming
     * available, a permission changed) without disturbing other tabs.
     */
    void showAccountAmis() {
        Ami chosen = grid.asSingleSelect().getValue();
        pendingProgress.ifPresent(bar -> Optional.ofNullable(chosen).flatMap(ami -> account.myImage(ami.id()))
                .ifPresent(image -> bar.setValue(image.progressAt(account.simulatedNow()))));
        List<String> shownAs = new java.util.ArrayList<>(java.util.stream.Stream.concat(account.myAmis().stream(),
                account.sharedWithMe().stream()).map(ami -> ami.id() + ami.state() + ami.launchPermission()).toList());
        shownAs.add("blocked " + (region != null && account.blocksPublicImages(region)));
        if (!shownAs.equals(myAmisShown)) {
            myAmisShown = shownAs;
            AmiSource showing = sourceAt(sources.getSelectedIndex());
            if (showing == AmiSource.MY_AMIS || showing == AmiSource.COMMUNITY) {
                refresh();
            }
        }
    }

    /** Redraws the chosen AMI's actions, e.g. when learning mode is switched. */
    void updateActions() {
        showDetails(grid.asSingleSelect().getValue());
    }

    void showRegion(String regionCode) {
        this.region = regionCode;
        refresh();
    }

    /** Selects an AMI by id (a lesson's deep link), switching to its source tab. */
    void select(String amiId) {
        available().stream().filter(ami -> ami.id().equals(amiId)).findFirst().ifPresent(ami -> {
            sources.setSelectedIndex(SOURCES.indexOf(sourceOf(ami)));
            grid.select(ami);
        });
    }

    private List<Ami> available() {
        var all = new java.util.ArrayList<>(catalog.amis().stream().filter(ami -> ami.region().equals(region)).toList());
        all.addAll(account.myAmis().stream().filter(ami -> ami.region().equals(region)).toList());
        all.addAll(account.sharedWithMe().stream().filter(ami -> ami.region().equals(region)).toList());
        return all;
    }

    /**
     * The console's tab for an AMI: another learner's AMI shared with this account by id is under
     * My AMIs ("shared with me"); one that is only public is under Community.
     */
    private AmiSource sourceOf(Ami ami) {
        String me = account.accountId();
        if (ami.source() != AmiSource.MY_AMIS || ami.ownerId().equals(me)) {
            return ami.source();
        }
        return ami.launchPermission().userIds().contains(me) ? AmiSource.MY_AMIS : AmiSource.COMMUNITY;
    }

    private boolean isMine(Ami ami) {
        return ami.source() == AmiSource.MY_AMIS && ami.ownerId().equals(account.accountId());
    }

    private void configureGrid() {
        grid.setId("ami-grid");
        grid.setAriaLabel("AMIs");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Ami::name).setHeader("Name").setFlexGrow(3).setResizable(true);
        grid.addColumn(Ami::id).setHeader("AMI ID").setAutoWidth(true);
        grid.addColumn(Ami::operatingSystem).setHeader("OS").setAutoWidth(true);
        grid.addColumn(ami -> Labels.of(ami.architecture())).setHeader("Architecture").setAutoWidth(true);
        grid.addColumn(ami -> Labels.of(ami.rootDeviceType())).setHeader("Root device").setAutoWidth(true);
        grid.addComponentColumn(AmiCatalog::virtualizationBadge).setHeader("Virtualization").setAutoWidth(true);
        grid.addColumn(ami -> ami.state().apiName()).setHeader("State").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> showDetails(change.getValue()));
    }

    private void refresh() {
        AmiSource source = sourceAt(sources.getSelectedIndex());
        communityWarning.setVisible(source == AmiSource.COMMUNITY);
        var filter = new AmiFilter(platform.getValue(), architecture.getValue(), rootDevice.getValue(),
                virtualization.getValue(), search.getValue());
        List<Ami> shown = filter.apply(available().stream().filter(ami -> sourceOf(ami) == source).toList());
        Ami chosen = grid.asSingleSelect().getValue();
        grid.setItems(shown);
        // keep the learner's choice when its state changes (pending became available), so its actions follow
        Optional<Ami> again = chosen == null ? Optional.empty()
                : shown.stream().filter(ami -> ami.id().equals(chosen.id())).findFirst();
        again.ifPresentOrElse(grid::select, () -> showDetails(null));
    }

    private void showDetails(Ami ami) {
        details.removeAll();
        pendingProgress = Optional.empty();
        if (ami == null) {
            details.add(new Paragraph(grid.getListDataView().getItemCount() == 0
                    ? "No AMI here matches. Clear a filter, or try another region or source."
                    : "Choose an AMI to see what it provides."));
            return;
        }
        var launch = new Button("Launch an instance from this AMI", VaadinIcon.ROCKET.create(),
                click -> actions.launch(ami));
        launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        launch.setId("launch-selected");
        details.add(new H3(ami.name()), new Paragraph(ami.description()), provides(ami), launch);
        if (ami.source() == AmiSource.MY_AMIS && !isMine(ami)) {
            var from = new Paragraph((sourceOf(ami) == AmiSource.MY_AMIS ? "Shared with you" : "Made public")
                    + " by AWS account " + ami.ownerId() + ", another learner. Its snapshots stay in that account; "
                    + "instances you launch from it, and their volumes, are yours and cost you.");
            from.setId("shared-by");
            details.add(from);
        }
        if (isMine(ami)) {
            account.myImage(ami.id()).ifPresent(image -> details.add(origin(image)));
            account.takenDownAt(ami.id()).ifPresent(at -> {
                var takenDown = new Paragraph("An admin took this AMI out of Community AMIs on " + WHEN.format(at)
                        + " (real time): other learners no longer find it there, even if you make it public again. "
                        + "Accounts you shared it with by id still may launch it.");
                takenDown.setId("taken-down");
                details.add(takenDown);
            });
            var captured = new UnorderedList();
            captured.setId("ami-software");
            SoftwareLines.of(ami.software(), false).forEach(line -> captured.add(new ListItem(line)));
            details.add(new H4("Captured software configuration"), captured);
            var deregister = new Button("Deregister", VaadinIcon.TRASH.create(), click -> actions.deregister(ami));
            deregister.setId("deregister-image");
            deregister.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            details.add(copyButton(ami), deregister,
                    new LaunchPermissionsPanel(ami, account.blocksPublicImages(ami.region()), learningMode.getAsBoolean(),
                            explanations, new LaunchPermissionsPanel.Changes() {
                                @Override
                                public Optional<Ec2Error> change(LaunchPermissionChange change) {
                                    return actions.changePermission(ami, change);
                                }

                                @Override
                                public void blockPublicAccess(boolean blocked) {
                                    actions.blockPublicAccess(ami.region(), blocked);
                                }
                            }));
        }
    }

    /** From what and when the image was made, and while it is pending, how far its snapshots or bundle are. */
    private Component origin(OwnedAmi image) {
        var made = new Paragraph("Made from " + image.madeFrom() + " at " + WHEN.format(image.createdAt()) + ".");
        made.setId("ami-origin");
        if (image.madeFrom().isEmpty()) {
            made.setText("Made at " + WHEN.format(image.createdAt()) + ".");
        }
        if (image.stateAt(account.simulatedNow()) != ImageState.PENDING) {
            return made;
        }
        var progress = new ProgressBar(0, 1, image.progressAt(account.simulatedNow()));
        progress.setId("ami-progress");
        progress.getElement().setAttribute("aria-label", "Progress of " + image.id() + " until it is available");
        pendingProgress = Optional.of(progress);
        return new Div(made, new Span("Pending: its storage is being written; it becomes available at "
                + WHEN.format(image.availableAt()) + "."), progress);
    }

    /** Greyed out with EC2's reason while the copy would be refused, unless learning mode lets the learner try. */
    private Button copyButton(Ami ami) {
        var copy = new Button("Copy to region", VaadinIcon.COPY.create(), click -> actions.copy(ami));
        copy.setId("copy-image");
        // the learner owns every AMI under My AMIs
        Optional<String> whyNot = ImageAction.COPY.refusal(ami, ami.ownerId()).map(error -> explanations.explain(error).text());
        copy.setEnabled(whyNot.isEmpty() || learningMode.getAsBoolean());
        copy.setTooltipText(whyNot.orElse(null));
        return copy;
    }

    private static Component provides(Ami ami) {
        var list = new UnorderedList();
        list.add(new ListItem("Root volume template: " + ami.operatingSystem() + " (" + Labels.of(ami.platform())
                + ", " + Labels.of(ami.architecture()) + "), " + Labels.of(ami.rootDeviceType()) + " root "
                + ami.rootDeviceName() + ", at least " + ami.rootSnapshotSizeGiB() + " GiB"));
        list.add(new ListItem("Launch permissions: " + (ami.launchPermission().isPublic() ? "public (anyone may launch it)"
                : "private (only its owner, and accounts it is shared with)") + "; owner " + ami.ownerId()
                + (ami.ownerAlias().isEmpty() ? "" : " (" + ami.ownerAlias() + ")")
                + (ami.verifiedProvider() ? ", verified provider" : ", not verified")));
        var mappings = new UnorderedList();
        ami.blockDeviceMappings().forEach(mapping -> mappings.add(new ListItem(describe(mapping))));
        list.add(new ListItem(new Span("Block device mappings:"), mappings.getChildren().findAny().isPresent()
                ? mappings : new Span(" none besides the root")));
        if (ami.softwareHourlyUsd().signum() > 0) {
            list.add(new ListItem("Software charge: $" + ami.softwareHourlyUsd().stripTrailingZeros().toPlainString()
                    + " per hour begun while running, on top of the instance (AWS Marketplace)"));
        }
        if (ami.virtualizationType() == VirtualizationType.PARAVIRTUAL) {
            var warning = new ListItem("Paravirtual is the legacy virtualization type: only a few older instance "
                    + "types run it. Prefer HVM for the best performance.");
            warning.addClassName("paravirtual-warning");
            list.add(warning);
        }
        return list;
    }

    private static String describe(BlockDeviceMapping mapping) {
        if (mapping.isEbs()) {
            var ebs = mapping.ebsVolume();
            return mapping.deviceName() + ": EBS " + ebs.volumeType().apiName() + ", " + ebs.volumeSize() + " GiB"
                    + (ebs.deleteOnTermination() ? ", deleted on termination" : ", kept after termination");
        }
        return mapping.deviceName() + ": instance store volume " + mapping.virtualName();
    }

    private static Component virtualizationBadge(Ami ami) {
        var badge = new Span(ami.virtualizationType() == VirtualizationType.HVM ? "HVM · recommended"
                : "Paravirtual · legacy");
        badge.getElement().getThemeList().add(ami.virtualizationType() == VirtualizationType.HVM
                ? "badge success" : "badge contrast");
        return badge;
    }

    private static AmiSource sourceAt(int index) {
        return SOURCES.get(Math.max(index, 0));
    }

    private <T> Select<T> filter(String label, T[] values, Function<T, String> names) {
        var select = new Select<T>();
        select.setLabel(label);
        select.setItems(Arrays.asList(values));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Any");
        select.setItemLabelGenerator(value -> value == null ? "Any" : names.apply(value));
        select.addValueChangeListener(change -> refresh());
        return select;
    }
}
