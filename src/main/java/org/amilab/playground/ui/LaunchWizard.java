package org.amilab.playground.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.amilab.simulator.Ami;
import org.amilab.simulator.Catalog;
import org.amilab.content.RefusalExplanations;
import org.amilab.simulator.Ec2Error;
import org.amilab.simulator.InstanceType;
import org.amilab.simulator.LaunchCheck;
import org.amilab.simulator.LaunchEstimate;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.PriceBook;
import org.amilab.simulator.RootDeviceType;
import org.amilab.simulator.VolumeType;

/**
 * Launch instances from one AMI: name, instance type (only those that can boot it, with their
 * price), root storage with the limit of its backing type beside the field, extra volumes, count
 * and protection, then the estimated cost. Each change is checked at once with the simulator's launch rules; the
 * launch itself is checked again on the server, and its refusal is shown here.
 */
class LaunchWizard extends Dialog {

    private static final int MAX_COUNT = 20;
    private static final WholeNumberField.Range COUNT_RANGE = new WholeNumberField.Range(1, MAX_COUNT, "");

    private final Catalog catalog;
    private final PriceBook prices;
    private final RefusalExplanations explanations;
    private final Ami ami;
    private final String region;
    private final Function<LaunchRequest, Optional<String>> launcher;
    private final TextField name = new TextField("Name");
    private final Select<InstanceType> type = new Select<>();
    private final WholeNumberField rootSize = new WholeNumberField("Root volume size (GiB)");
    private final Select<VolumeType> rootType = new Select<>();
    private final WholeNumberField count = new WholeNumberField("Number of instances");
    private final Checkbox protection = new Checkbox("Termination protection");
    private final Checkbox stopProtection = new Checkbox("Stop protection");
    private final ExtraVolumes extraVolumes;
    private final Paragraph estimate = new Paragraph();
    private final Div problem = new Div();
    private final Button launch = new Button("Launch");

    LaunchWizard(Catalog catalog, PriceBook prices, RefusalExplanations explanations, Ami ami, String region,
            Function<LaunchRequest, Optional<String>> launcher) {
        this.catalog = catalog;
        this.explanations = explanations;
        this.prices = prices;
        this.ami = ami;
        this.region = region;
        this.launcher = launcher;
        setHeaderTitle("Launch from " + ami.name());
        setId("launch-wizard");
        setWidth("min(40rem, 100vw)");
        add(new Paragraph(ami.id() + " · " + ami.operatingSystem() + " · " + Labels.of(ami.architecture()) + " · "
                + Labels.of(ami.rootDeviceType()) + " · " + Labels.of(ami.virtualizationType())));
        extraVolumes = new ExtraVolumes(ami, this::check);
        configureFields();
        var form = new FormLayout(name, type, rootSize, rootType, count, protection, stopProtection);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        estimate.setId("launch-estimate");
        problem.setId("launch-problem");
        problem.addClassName("launch-problem");
        problem.getElement().setAttribute("role", "alert");
        add(form, extraVolumes, new H3("Review"), estimate, problem);
        launch.setId("launch-submit");
        launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        launch.addClickListener(click -> submit());
        getFooter().add(new Button("Cancel", click -> close()), launch);
        check();
    }

    private void configureFields() {
        name.setId("launch-name");
        name.setPlaceholder("e.g. web-server");
        name.setHelperText("Optional: the value of the instance's Name tag, at most 256 characters.");
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        List<InstanceType> types = catalog.typesFor(ami);
        type.setLabel("Instance type");
        type.setItems(types);
        type.setItemLabelGenerator(t -> t.name() + " · " + t.vcpus() + " vCPU · "
                + String.format("%.1f", t.memoryMiB() / 1024.0) + " GiB · $" + prices.hourlyRate(t.name(), region).stripTrailingZeros().toPlainString() + "/h");
        type.setHelperText("Only types that can boot this AMI (" + Labels.of(ami.architecture()) + ", "
                + Labels.of(ami.virtualizationType()) + ", " + Labels.of(ami.rootDeviceType()) + ")");
        types.stream().findFirst().ifPresent(type::setValue);
        boolean store = ami.rootDeviceType() == RootDeviceType.INSTANCE_STORE;
        rootSize.setNumber(store ? ami.rootSnapshotSizeGiB() : ami.rootMapping().orElseThrow().ebsVolume().volumeSize());
        rootType.setLabel("Root volume type");
        rootType.setItems(List.of(VolumeType.values()).stream().filter(VolumeType::bootable).toList());
        rootType.setItemLabelGenerator(VolumeType::apiName);
        rootType.setVisible(!store);
        if (!store) {
            rootType.setValue(ami.rootMapping().orElseThrow().ebsVolume().volumeType());
        }
        count.setNumber(1);
        count.setHelperText("1 to " + MAX_COUNT + " at a time");
        showRootLimit();
        configureProtection(store);
        extraVolumes.showInstanceStoreOf(type.getValue());
        name.addValueChangeListener(change -> check());
        type.addValueChangeListener(change -> {
            extraVolumes.showInstanceStoreOf(change.getValue());
            check();
        });
        rootSize.addValueChangeListener(change -> check());
        rootType.addValueChangeListener(change -> {
            showRootLimit();
            check();
        });
        count.addValueChangeListener(change -> check());
        protection.addValueChangeListener(change -> check());
        stopProtection.addValueChangeListener(change -> check());
    }

    /** Stop protection means nothing for an instance that can never stop, so it is offered only for EBS roots. */
    private void configureProtection(boolean instanceStoreRoot) {
        protection.setTooltipText("While on, the instance cannot be terminated until you turn it off.");
        if (instanceStoreRoot) {
            stopProtection.setEnabled(false);
            stopProtection.setTooltipText("An instance store-backed instance can never be stopped, so there is nothing"
                    + " for stop protection to prevent.");
        } else {
            stopProtection.setTooltipText("While on, the instance cannot be stopped until you turn it off.");
        }
    }

    private void showRootLimit() {
        var range = rootRange();
        String kind = ami.rootDeviceType() == RootDeviceType.INSTANCE_STORE ? "Instance store root"
                : "EBS " + ebsRootType().apiName() + " root";
        rootSize.setHelperText(kind + String.format(": at least %,d GiB, at most %,d GiB", range.min(), range.max()));
    }

    /** The sizes the root may have: at least the image it holds, at most what its backing allows. */
    private WholeNumberField.Range rootRange() {
        long max = ami.rootDeviceType() == RootDeviceType.INSTANCE_STORE ? Ami.INSTANCE_STORE_ROOT_MAX_GIB
                : ebsRootType().maxSizeGiB();
        return new WholeNumberField.Range(ami.rootSnapshotSizeGiB(), max, "GiB");
    }

    private VolumeType ebsRootType() {
        return rootType.getOptionalValue().orElse(ami.rootMapping().orElseThrow().ebsVolume().volumeType());
    }

    private Optional<LaunchRequest> request() {
        if (type.getValue() == null || rootSize.number().isEmpty() || count.number().isEmpty()) {
            return Optional.empty();
        }
        var request = LaunchRequest.of(region, ami.id(), type.getValue().name()).withCount(count.number().getAsInt())
                .withName(name.getValue()).withRootVolumeSize(rootSize.number().getAsInt())
                .withTerminationProtection(protection.getValue()).withStopProtection(stopProtection.getValue());
        for (var mapping : extraVolumes.mappings()) {
            request = request.withMapping(mapping);
        }
        return Optional.of(rootType.isVisible() && rootType.getValue() != null
                ? request.withRootVolumeType(rootType.getValue()) : request);
    }

    private boolean check() {
        rootSize.setInvalid(false);
        count.setInvalid(false);
        name.setInvalid(false);
        if (type.getValue() == null) {
            return refuse("Choose an instance type.");
        }
        Optional<String> unreadableRoot = rootSize.unreadable(rootRange());
        unreadableRoot.ifPresent(message -> markInvalid(rootSize, message));
        Optional<String> badCount = count.unreadable(COUNT_RANGE).or(() -> count.number().getAsInt() > MAX_COUNT
                ? Optional.of("At most " + MAX_COUNT + " at a time.") : Optional.empty());
        badCount.ifPresent(message -> markInvalid(count, message));
        if (unreadableRoot.isPresent() || badCount.isPresent()) {
            return refuse("Correct the field marked above.");
        }
        if (!extraVolumes.valid()) {
            return refuse("Correct the size of the extra volume marked above.");
        }
        LaunchRequest request = request().orElseThrow();
        Optional<Ec2Error> refused = LaunchCheck.problem(catalog, ami, request);
        if (refused.isPresent()) {
            markField(refused.get());
            return refuse(ErrorText.of(refused.get(), explanations));
        }
        showEstimate(request);
        showProblem(null);
        return true;
    }

    /** Shows why the launch cannot go ahead; no estimate then, as a refused launch costs nothing. */
    private boolean refuse(String why) {
        estimate.setVisible(false);
        showProblem(why);
        return false;
    }

    /** Puts EC2's message on the field it is about, so the learner sees at once what to change. */
    private void markField(Ec2Error error) {
        switch (error.reason()) {
            case COUNT_TOO_SMALL -> markInvalid(count, error);
            case ROOT_SMALLER_THAN_SNAPSHOT, INSTANCE_STORE_ROOT_TOO_LARGE -> markInvalid(rootSize, error);
            case VOLUME_SIZE_OUT_OF_RANGE -> {
                if (ami.rootDeviceName().equals(error.values().get("deviceName"))) {
                    markInvalid(rootSize, error);
                }
            }
            case NAME_TOO_LONG -> markInvalid(name, error);
            default -> {
            }
        }
    }

    private static void markInvalid(HasValidation field, Ec2Error error) {
        markInvalid(field, error.message());
    }

    private static void markInvalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void showEstimate(LaunchRequest request) {
        var cost = LaunchEstimate.of(prices, ami, request);
        estimate.setVisible(true);
        estimate.setText("Estimated cost: " + cost.perRunningHour().toDisplayString() + " per hour while running; "
                + cost.perMonthRunning().toDisplayString() + " per month if it runs all month ("
                + cost.storagePerMonth().toDisplayString() + " of that is EBS storage, billed even when stopped). "
                + "Prices are illustrative.");
    }

    private void showProblem(String text) {
        problem.setText(text == null ? "" : text);
        problem.setVisible(text != null);
        launch.setEnabled(text == null);
    }

    private void submit() {
        if (!check()) {
            return;
        }
        Optional<String> refused = launcher.apply(request().orElseThrow());
        if (refused.isPresent()) {
            showProblem(refused.get());
            launch.setEnabled(true);
        } else {
            close();
        }
    }
}
