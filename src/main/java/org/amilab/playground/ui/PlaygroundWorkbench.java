package org.amilab.playground.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.amilab.base.LiveUpdates;
import org.amilab.content.ContentService;
import org.amilab.playground.ChangedMeanwhileException;
import org.amilab.playground.ChartsOnScreen;
import org.amilab.playground.LiveView;
import org.amilab.playground.OpenPlayground;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.ActionResult;
import org.amilab.simulator.Ami;
import org.amilab.simulator.BundleInstanceRequest;
import org.amilab.simulator.CostSeries;
import org.amilab.simulator.Catalog;
import org.amilab.simulator.CopyImageRequest;
import org.amilab.simulator.CreateImageRequest;
import org.amilab.simulator.DiskImage;
import org.amilab.simulator.Ec2Error;
import org.amilab.simulator.Instance;
import org.amilab.simulator.OwnedAmi;
import org.amilab.simulator.InstanceAction;
import org.amilab.simulator.InstanceType;
import org.amilab.simulator.LaunchPermissionChange;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.PlaygroundCommand.AdvanceClock;
import org.amilab.simulator.PlaygroundCommand.BundleInstance;
import org.amilab.simulator.PlaygroundCommand.CopyImage;
import org.amilab.simulator.PlaygroundCommand.CreateImage;
import org.amilab.simulator.PlaygroundCommand.DeleteBundle;
import org.amilab.simulator.PlaygroundCommand.DeleteSnapshot;
import org.amilab.simulator.PlaygroundCommand.DeleteVolume;
import org.amilab.simulator.PlaygroundCommand.DeregisterImage;
import org.amilab.simulator.PlaygroundCommand.FailHost;
import org.amilab.simulator.PlaygroundCommand.ImportImage;
import org.amilab.simulator.PlaygroundCommand.ModifyInstanceType;
import org.amilab.simulator.PlaygroundCommand.ModifyLaunchPermission;
import org.amilab.simulator.PlaygroundCommand.PauseClock;
import org.amilab.simulator.PlaygroundCommand.RebootInstances;
import org.amilab.simulator.PlaygroundCommand.RunShellCommand;
import org.amilab.simulator.PlaygroundCommand.ResumeClock;
import org.amilab.simulator.PlaygroundCommand.RunInstances;
import org.amilab.simulator.PlaygroundCommand.SetClockSpeed;
import org.amilab.simulator.PlaygroundCommand.SetImageBlockPublicAccess;
import org.amilab.simulator.PlaygroundCommand.SetProtection;
import org.amilab.simulator.PlaygroundCommand.StartInstances;
import org.amilab.simulator.PlaygroundCommand.StopInstances;
import org.amilab.simulator.PlaygroundCommand.TerminateInstances;
import org.amilab.simulator.Protection;
import org.amilab.simulator.Region;
import org.amilab.simulator.ShellGreeting;
import org.amilab.simulator.Volume;

/**
 * One of the learner's simulated EC2 accounts at work: pick an AMI, launch, stop, start, reboot,
 * terminate, and watch state and cost change in simulated time. Every action goes through
 * {@link OpenPlayground}, which saves it before this shows its result. The free playground page and
 * each guided challenge's page put one on screen, each on a playground of its own.
 */
@NamedInterface("workbench")
public class PlaygroundWorkbench extends Div {

    private static final String COSTS_TAB = "Costs";

    /**
     * How a page uses the workbench: what it calls the playground, the region it opens in, whether it
     * offers "Reset playground" (a challenge restarts instead), and who hears of each view shown.
     */
    @NamedInterface("workbench")
    public record Setting(String name, String region, boolean resettable, Consumer<PlaygroundView> shown) {
    }

    private final OpenPlayground playground;
    private final Setting setting;
    private final LiveUpdates liveUpdates;
    private final Catalog catalog;
    private final ContentService content;
    private final Select<Region> region = new Select<>();
    private final Checkbox learningMode = new Checkbox("Learning mode: let me try actions EC2 would refuse");
    private final ErrorBox errors;
    /** Which of the learner's playgrounds is open, and its EC2 account. */
    private final Paragraph which = new Paragraph();
    private final ClockBar clock;
    private final InstancesPanel instances;
    private final AmiCatalog amis;
    private final PanelTabs tabs = new PanelTabs("playground-tabs");
    private PlaygroundView shown;
    private LiveView live;
    /** Read by the live refresh's load, which runs without the session lock; written under it. */
    private volatile ChartsOnScreen chartsOnScreen = ChartsOnScreen.NONE;
    /** Counts the page's own refreshes (after an action); a live load begun before the last one is stale. */
    private volatile long refreshes;
    private InstanceDetails details;
    /** Built when its tab is first shown. */
    private StoragePanel storage;
    private Registration ticking;

    public PlaygroundWorkbench(OpenPlayground playground, ContentService content, LiveUpdates liveUpdates,
                               Setting setting) {
        this.playground = playground;
        this.setting = setting;
        this.content = content;
        this.liveUpdates = liveUpdates;
        this.catalog = content.catalog();
        this.errors = new ErrorBox(content);
        addClassName("playground-workbench");
        clock = new ClockBar(new ClockBar.Controls() {
            @Override
            public void setSpeed(int speed) {
                act(() -> playground.execute(new SetClockSpeed(speed)), null);
            }

            @Override
            public void pause(boolean paused) {
                act(() -> playground.execute(paused ? new PauseClock() : new ResumeClock()), null);
            }

            @Override
            public void advance(Duration step) {
                act(() -> playground.execute(new AdvanceClock(step)), null);
            }
        });
        instances = new InstancesPanel(learningMode::getValue, content, new InstancesPanel.Actions() {
            @Override
            public void perform(InstanceAction action, List<Instance> chosen) {
                PlaygroundWorkbench.this.perform(action, chosen);
            }

            @Override
            public void showDetails(Instance instance) {
                details = InstanceDetails.open(instance, shown, content.lifecycleDiagram().orElse(null),
                        playground.costSeries(instance.id(), shown.simulatedNow()),
                        new InstanceDetails.Controls() {
                            @Override
                            public void setProtection(String id, Protection protection, boolean on) {
                                act(() -> playground.execute(new SetProtection(id, protection, on)),
                                        Labels.of(protection) + (on ? " is on for " : " is off for ") + id + ".");
                            }

                            @Override
                            public void failHost(String id) {
                                act(() -> playground.execute(new FailHost(id)), "The hardware under " + id
                                        + " has failed: its status checks fail and nothing reaches it.");
                            }
                        });
                rememberCharts();
            }
        });
        amis = new AmiCatalog(catalog, content, new AmiCatalog.Account() {
            @Override
            public String accountId() {
                return shown == null ? "" : shown.accountId();
            }

            @Override
            public List<Ami> myAmis() {
                return shown == null ? List.of() : shown.myAmis();
            }

            @Override
            public List<Ami> sharedWithMe() {
                return shown == null ? List.of() : shown.sharedWithMe();
            }

            @Override
            public boolean blocksPublicImages(String region) {
                return shown == null || shown.blocksPublicImages(region);
            }

            @Override
            public Optional<OwnedAmi> myImage(String imageId) {
                return shown == null ? Optional.empty() : shown.myImage(imageId);
            }

            @Override
            public Instant simulatedNow() {
                return shown == null ? Instant.EPOCH : shown.simulatedNow();
            }

            @Override
            public Optional<Instant> takenDownAt(String imageId) {
                return shown == null ? Optional.empty() : Optional.ofNullable(shown.takenDown().get(imageId));
            }
        }, new AmiCatalog.Actions() {
            @Override
            public void launch(Ami ami) {
                openWizard(ami);
            }

            @Override
            public void copy(Ami ami) {
                openCopyImage(ami);
            }

            @Override
            public void deregister(Ami ami) {
                confirmDeregister(ami);
            }

            @Override
            public Optional<Ec2Error> changePermission(Ami ami, LaunchPermissionChange change) {
                return PlaygroundWorkbench.this.changePermission(ami, change);
            }

            @Override
            public void blockPublicAccess(String region, boolean blocked) {
                act(() -> playground.execute(new SetImageBlockPublicAccess(region, blocked)), blocked
                        ? "Block public access for AMIs is on in " + region + ": no AMI can be made public there."
                        : "Block public access for AMIs is off in " + region + ": an AMI there can be made public.");
            }
        }, learningMode::getValue);
        configureRegion(setting.region());
        learningMode.setId("learning-mode");
        learningMode.addValueChangeListener(change -> {
            instances.updateButtons();
            amis.updateActions();
            if (storage != null) {
                storage.updateDelete();
            }
        });
        var settings = new FlexLayout(region, learningMode);
        if (setting.resettable()) {
            var reset = new Button("Reset playground", click -> confirmReset());
            reset.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            reset.setId("reset-playground");
            settings.add(reset);
        }
        settings.addClassName("playground-settings");
        // the AMI catalog follows the region and My AMIs, which show() keeps current whichever tab is shown
        tabs.add("Launch", amis);
        tabs.addBuiltWhenShown("Volumes", () -> new VolumesPanel(this::deleteVolume),
                whenShown((volumes, view) -> volumes.show(view, regionCode())));
        tabs.addBuiltWhenShown("AMI storage", () -> storage = new StoragePanel(new StoragePanel.Actions() {
            @Override
            public void deleteSnapshot(String snapshotId) {
                act(() -> playground.execute(new DeleteSnapshot(snapshotId)), "Deleted " + snapshotId + ".");
            }

            @Override
            public void deleteBundle(String location) {
                act(() -> playground.execute(new DeleteBundle(location)), "Deleted the bundle " + location + ".");
            }
        }, learningMode::getValue), whenShown((panel, view) -> panel.show(view, regionCode())));
        tabs.addBuiltWhenShown("VM import", () -> new ImportPanel(this::importImage),
                whenShown((panel, view) -> panel.show(view, regionCode())));
        tabs.addBuiltWhenShown(COSTS_TAB, () -> new CostPanel(content::prices), whenShown(this::showCosts));
        tabs.addBuiltWhenShown("Events", () -> new EventsPanel(playground::eventsBefore), whenShown(EventsPanel::show));
        which.setId("playground-name");
        add(which, clock, settings, errors, instancesSection(), tabs);
    }

    /** Shows this region, as a lesson's link asks. */
    public void showRegion(String code) {
        catalog.region(code).ifPresent(region::setValue);
    }

    /** Opens the catalog at this AMI in its region, as a lesson's link asks. */
    public void selectAmi(String amiId) {
        catalog.ami(amiId).ifPresent(ami -> {
            catalog.region(ami.region()).ifPresent(region::setValue);
            tabs.select(0);
            amis.select(ami.id());
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
        ticking = liveUpdates.subscribe(attachEvent.getUI(), this::liveLoad, this::showLive);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (ticking != null) {
            ticking.remove();
        }
        super.onDetach(detachEvent);
    }

    private void configureRegion(String opening) {
        region.setLabel("Region");
        region.setId("region");
        region.setWidth("20rem");
        region.setMaxWidth("100%");
        region.setItems(catalog.regions());
        region.setItemLabelGenerator(r -> r.code() + " · " + r.name());
        region.setValue(catalog.region(opening).orElse(catalog.regions().get(0)));
        region.addValueChangeListener(change -> {
            amis.showRegion(change.getValue().code());
            show();
        });
        amis.showRegion(regionCode());
    }

    private void refresh() {
        refreshes++;
        show(playground.liveView(chartsOnScreen));
    }

    /** A live look, stamped with the refreshes seen when it began. */
    private record LiveLook(long afterRefreshes, LiveView view) {
    }

    private LiveLook liveLoad() {
        long seen = refreshes;
        return new LiveLook(seen, playground.liveView(chartsOnScreen));
    }

    /**
     * A look read before an action's own refresh would put the screen back to before the action for a
     * second (an instance just launched gone again): it is dropped, the next tick brings a fresh one.
     */
    private void showLive(LiveLook look) {
        if (look.afterRefreshes() == refreshes) {
            show(look.view());
        }
    }

    private void show(LiveView loaded) {
        live = loaded;
        shown = loaded.view();
        show();
    }

    private void show() {
        if (shown == null) {
            return;
        }
        which.setText(setting.name() + " \u00b7 EC2 account " + shown.accountId());
        clock.show(shown);
        amis.showAccountAmis();
        instances.show(shown, regionCode());
        tabs.refreshShown();
        if (details != null && details.isOpened()) {
            details.show(shown, instanceCosts(details.instanceId()));
        } else {
            details = null;
        }
        rememberCharts();
        setting.shown().accept(shown);
    }

    /** The charts on screen now, so that the next live refresh loads their figures with the view. */
    private void rememberCharts() {
        chartsOnScreen = new ChartsOnScreen(tabs.isSelected(COSTS_TAB),
                Optional.ofNullable(details).filter(InstanceDetails::isOpened).map(InstanceDetails::instanceId));
    }

    /** From the last live look when it loaded this chart; loaded now when the chart has just come on screen. */
    private Optional<CostSeries> instanceCosts(String instanceId) {
        if (live != null && live.view() == shown && live.charts().instanceId().filter(instanceId::equals).isPresent()) {
            return live.instanceCosts();
        }
        return playground.costSeries(instanceId, shown.simulatedNow());
    }

    private <P> Consumer<P> whenShown(BiConsumer<P, PlaygroundView> refresh) {
        return panel -> {
            if (shown != null) {
                refresh.accept(panel, shown);
            }
        };
    }

    /**
     * The learner's instances stay on screen above the tabs, so a launch from the catalog, or a look at
     * costs, never hides them: a new instance appears where the learner already looks.
     */
    private Component instancesSection() {
        var heading = new H2("Instances");
        heading.setId("instances-heading");
        var section = new Section(heading, instances);
        section.getElement().setAttribute("aria-labelledby", "instances-heading");
        return section;
    }

    private String regionCode() {
        return region.getValue().code();
    }

    /**
     * The cost chart reads the playground once more, up to the same simulated instant as the rest of
     * the page so that it ends at its figures.
     */
    private void showCosts(CostPanel costs, PlaygroundView view) {
        costs.show(view, regionCode());
        Optional<CostSeries> growth = live != null && live.view() == view && live.charts().playground()
                ? live.playgroundCosts() : playground.costSeries(view.simulatedNow());
        growth.ifPresent(costs::showGrowth);
    }

    /**
     * One client token per opened wizard: a second click on Launch, or a click whose answer was
     * lost, gets the first launch's answer instead of launching again.
     */
    private void openWizard(Ami ami) {
        String clientToken = UUID.randomUUID().toString();
        new LaunchWizard(catalog, content.prices(), content, ami, regionCode(), request -> launch(request, clientToken)).open();
    }

    /** The wizard shows a refusal itself, so the learner can fix the form and try again. */
    private Optional<String> launch(LaunchRequest request, String clientToken) {
        try {
            var result = playground.execute(new RunInstances(request), clientToken);
            refresh();
            if (!result.isSuccess()) {
                return Optional.of(ErrorText.of(result.error(), content));
            }
        } catch (ChangedMeanwhileException changed) {
            refresh();
            return Optional.of(changed.getMessage());
        }
        errors.clear();
        instances.getElement().scrollIntoView();
        notice("Launched " + request.count() + (request.count() == 1 ? " instance" : " instances")
                + ": pending until booted.");
        return Optional.empty();
    }

    private void perform(InstanceAction action, List<Instance> chosen) {
        String[] ids = chosen.stream().map(Instance::id).toArray(String[]::new);
        String who = ids.length == 1 ? ids[0] : ids.length + " instances";
        switch (action) {
            case CONNECT -> openTerminal(chosen.get(0));
            case START -> act(() -> playground.execute(StartInstances.of(ids)), "Starting " + who + ".");
            case STOP -> act(() -> playground.execute(StopInstances.of(ids)), "Stopping " + who + ".");
            case REBOOT -> act(() -> playground.execute(RebootInstances.of(ids)), "Rebooted " + who + ": it stays running.");
            case TERMINATE -> act(() -> playground.execute(TerminateInstances.of(ids)), "Terminating " + who + ".");
            case CHANGE_TYPE -> openTypeChange(chosen.get(0));
            case CREATE_IMAGE -> openCreateImage(chosen.get(0));
            case BUNDLE_IMAGE -> openBundleImage(chosen.get(0));
        }
    }

    /** A terminal on the instance; each line is one playground command, and the page follows what it changed. */
    private void openTerminal(Instance instance) {
        ActionResult<ShellGreeting> greeting = playground.shellGreeting(instance.id());
        if (!greeting.isSuccess()) {
            errors.show(greeting.error());
            return;
        }
        errors.clear();
        ConnectDialog.open(greeting.value(), instance.shellHistory(), line -> {
            try {
                return playground.execute(new RunShellCommand(instance.id(), line));
            } finally {
                refresh();
            }
        });
    }

    private void openTypeChange(Instance instance) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Change the type of " + instance.id());
        var type = new Select<InstanceType>();
        type.setLabel("New instance type");
        List<InstanceType> types = typesFor(instance);
        type.setItems(types);
        type.setItemLabelGenerator(t -> t.name() + " · " + t.vcpus() + " vCPU · $"
                + content.prices().hourlyRate(t.name(), instance.region()).stripTrailingZeros().toPlainString() + "/h");
        catalog.instanceType(instance.instanceType()).ifPresent(type::setValue);
        dialog.add(new Paragraph("EC2 changes the type only while the instance is stopped."), type);
        var change = new Button("Change type", click -> {
            if (type.getValue() != null) {
                act(() -> playground.execute(new ModifyInstanceType(instance.id(), type.getValue().name())),
                        instance.id() + " is now " + type.getValue().name() + ".");
                dialog.close();
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), change);
        dialog.open();
    }

    /** Capture an EBS-backed instance as an AMI of the learner's own: it appears under Launch › My AMIs. */
    private void openCreateImage(Instance instance) {
        var noReboot = new Checkbox("No reboot (faster, but files being written may be inconsistent)");
        openImageDialog("Create an image of " + instance.id(), "EC2 snapshots every EBS volume of the instance; the "
                + "image is pending until the snapshots are complete, and the snapshots are billed while the image "
                + "exists.", noReboot, "Create image", name -> playground.execute(new CreateImage(
                        new CreateImageRequest(instance.id(), name, "", noReboot.getValue()))), "");
    }

    /** Capture an instance store-backed instance by bundling it into S3: the other way to a My AMIs image. */
    private void openBundleImage(Instance instance) {
        openImageDialog("Bundle " + instance.id() + " as an image", "The root device of the instance is packed into "
                + "a bundle, uploaded to Amazon S3 and registered as an instance store-backed AMI (on Linux the AMI "
                + "tools do this from inside the instance). The instance keeps running; data on its other instance "
                + "store volumes is not kept. The bundle is billed at the S3 rate until you delete it, even after "
                + "the image is deregistered.", null, "Bundle image",
                name -> playground.execute(new BundleInstance(BundleInstanceRequest.of(instance.id(), name))), "");
    }

    /** Copy one of the learner's AMIs to a region of their choice, where it gets a new id. */
    private void openCopyImage(Ami ami) {
        var target = new Select<Region>();
        target.setLabel("Destination region");
        target.setItems(catalog.regions());
        target.setItemLabelGenerator(r -> r.code() + " · " + r.name());
        catalog.regions().stream().filter(r -> !r.code().equals(ami.region())).findFirst().ifPresent(target::setValue);
        openImageDialog("Copy " + ami.id() + " to another region", "EC2 makes the copy in the destination region, "
                + "with a new AMI id and storage of its own there (new snapshots, or a new bundle in S3), billed at "
                + "that region's rates. Launch permissions are not copied: the copy is private.", target,
                "Copy image", name -> playground.execute(new CopyImage(new CopyImageRequest(ami.region(), ami.id(),
                        target.getValue() == null ? "" : target.getValue().code(), name, ""))), ami.name());
    }

    /**
     * The dialogs that make a new AMI of the learner's own. EC2's refusal is shown at the name, and the
     * dialog stays open, so the learner can fix the name and try again.
     */
    private void openImageDialog(String title, String about, Component option, String action,
                                 Function<String, ActionResult<Ami>> capture, String suggestedName) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        var name = new TextField("Image name");
        name.setHelperText("3 to 128 letters, digits, spaces and ( ) [ ] . / - ' @ _");
        name.setRequired(true);
        name.setValue(suggestedName);
        dialog.add(new Paragraph(about), name);
        if (option != null) {
            dialog.add(option);
        }
        var confirm = new Button(action, click -> {
            try {
                var result = capture.apply(name.getValue());
                if (result.isSuccess()) {
                    dialog.close();
                    errors.clear();
                    notice("Image " + result.value().id() + " is pending in " + result.value().region()
                            + ". Find it under Launch › My AMIs in that region.");
                } else {
                    name.setErrorMessage(ErrorText.of(result.error(), content));
                    name.setInvalid(true);
                }
            } catch (ChangedMeanwhileException changed) {
                name.setErrorMessage(changed.getMessage());
                name.setInvalid(true);
            }
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    /** Types that can boot the instance's image; all of them when the image is gone, and EC2 decides. */
    private List<InstanceType> typesFor(Instance instance) {
        Optional<Ami> image = catalog.ami(instance.imageId())
                .or(() -> shown.myAmis().stream().filter(a -> a.id().equals(instance.imageId())).findFirst())
                .or(() -> shown.sharedWithMe().stream().filter(a -> a.id().equals(instance.imageId())).findFirst());
        return image.map(catalog::typesFor).orElseGet(catalog::instanceTypes);
    }

    /** Deregistering is final, and its storage keeps costing: the learner confirms knowing both. */
    private void confirmDeregister(Ami ami) {
        var dialog = new ConfirmDialog("Deregister " + ami.id() + "?", "Nobody can launch it any more. Instances "
                + "already launched from it keep running, and its snapshots or bundle stay (and keep costing) until "
                + "you delete them under AMI storage.", "Deregister",
                confirm -> act(() -> playground.execute(new DeregisterImage(ami.id())), "Deregistered " + ami.id()
                        + ". Its storage is still under AMI storage."));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private Optional<Ec2Error> changePermission(Ami ami, LaunchPermissionChange change) {
        return actForForm(() -> playground.execute(new ModifyLaunchPermission(ami.id(), change)),
                PlaygroundWorkbench::permissionNotice);
    }

    private Optional<Ec2Error> importImage(String description, DiskImage disk) {
        return actForForm(() -> playground.execute(new ImportImage(regionCode(), description, disk)),
                task -> "Import task " + task.id() + " started: watch it below as VM Import works on the disk.");
    }

    /** As {@link #act}, and answers EC2's refusal, if any, so that the form can mark the field it names. */
    private <T> Optional<Ec2Error> actForForm(Supplier<ActionResult<T>> action, Function<T, String> success) {
        Optional<Ec2Error> refused = Optional.empty();
        try {
            ActionResult<T> result = action.get();
            if (result.isSuccess()) {
                errors.clear();
                notice(success.apply(result.value()));
            } else {
                errors.show(result.error());
                refused = Optional.of(result.error());
            }
        } catch (ChangedMeanwhileException changed) {
            errors.show(changed.getMessage());
        }
        refresh();
        return refused;
    }

    private static String permissionNotice(Ami changed) {
        if (changed.launchPermission().isPublic()) {
            return changed.id() + " is public: every learner finds it under Community AMIs.";
        }
        return changed.launchPermission().userIds().isEmpty() ? changed.id() + " is private: only you may launch it."
                : changed.id() + " is shared with account " + String.join(", ", changed.launchPermission().userIds()) + ".";
    }

    private void deleteVolume(Volume volume) {
        act(() -> playground.execute(new DeleteVolume(volume.id())), "Deleted " + volume.id() + ".");
    }

    private void confirmReset() {
        var dialog = new ConfirmDialog("Reset the playground?", "All your simulated instances, volumes, AMIs and the "
                + "event log are removed, and the clock starts again. This cannot be undone.", "Reset", confirm -> {
                    try {
                        playground.discard();
                        errors.clear();
                        notice("The playground starts afresh.");
                    } catch (ChangedMeanwhileException changed) {
                        errors.show(changed.getMessage());
                    }
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** Runs one action (already saved when it returns), shows EC2's answer, and redraws. */
    private void act(Supplier<? extends ActionResult<?>> action, String success) {
        try {
            ActionResult<?> result = action.get();
            if (result.isSuccess()) {
                errors.clear();
                if (success != null) {
                    notice(success);
                }
            } else {
                errors.show(result.error());
            }
        } catch (ChangedMeanwhileException changed) {
            errors.show(changed.getMessage());
        }
        refresh();
    }

    private static void notice(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
