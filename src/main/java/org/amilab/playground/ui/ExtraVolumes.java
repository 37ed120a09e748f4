package org.amilab.playground.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.amilab.simulator.Ami;
import org.amilab.simulator.BlockDeviceMapping;
import org.amilab.simulator.EbsBlockDevice;
import org.amilab.simulator.InstanceType;
import org.amilab.simulator.VolumeType;

/**
 * The launch wizard's extra storage: the AMI's own extra devices (which come along), EBS volumes
 * the learner adds, and the instance store volumes of the chosen type. Device names are given
 * out as the console does, /dev/sdf onwards for EBS and /dev/sdb onwards for instance store, so
 * the learner never has to invent one.
 */
class ExtraVolumes extends Div {

    static final int MAX_EBS_VOLUMES = 8;
    private static final String EBS_LETTERS = "fghijklmnop";
    private static final String INSTANCE_STORE_LETTERS = "bcde";

    private final Ami ami;
    private final Runnable onChange;
    private final List<VolumeRow> rows = new ArrayList<>();
    private final Div rowBox = new Div();
    private final Button add = new Button("Add EBS volume", VaadinIcon.PLUS.create());
    private final CheckboxGroup<Integer> instanceStore = new CheckboxGroup<>("Instance store volumes");
    private InstanceType type;

    ExtraVolumes(Ami ami, Runnable onChange) {
        this.ami = ami;
        this.onChange = onChange;
        setId("extra-volumes");
        add(new H3("Extra storage"));
        ami.nonRootMappings().forEach(m -> add(new Paragraph("From the AMI: " + describe(m))));
        rowBox.addClassName("extra-volume-rows");
        add.setId("add-ebs-volume");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(click -> addRow());
        instanceStore.setVisible(false);
        instanceStore.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onChange.run();
            }
        });
        add(rowBox, add, instanceStore);
    }

    private static String describe(BlockDeviceMapping mapping) {
        if (mapping.isInstanceStore()) {
            return mapping.deviceName() + " · instance store " + mapping.virtualName() + " (where the type has it)";
        }
        EbsBlockDevice ebs = mapping.ebsVolume();
        return mapping.deviceName() + " · EBS " + ebs.volumeSize() + " GiB " + ebs.volumeType().apiName() + " · "
                + (ebs.deleteOnTermination() ? "deleted" : "kept") + " at termination";
    }

    /** Shows the instance store volumes the chosen type has; the AMI's own ones are already mapped. */
    void showInstanceStoreOf(InstanceType chosen) {
        this.type = chosen;
        Set<Integer> fromAmi = amiEphemeralIndexes();
        List<Integer> indexes = chosen == null ? List.of() : IntStream.range(0, chosen.instanceStore().count()).boxed().toList();
        instanceStore.setItems(indexes);
        instanceStore.setItemLabelGenerator(i -> "ephemeral" + i + " · " + chosen.instanceStore().sizeGiB() + " GiB"
                + (fromAmi.contains(i) ? " (mapped by the AMI)" : ""));
        instanceStore.setItemEnabledProvider(i -> !fromAmi.contains(i));
        instanceStore.setValue(indexes.stream().filter(fromAmi::contains).collect(Collectors.toSet()));
        instanceStore.setHelperText(chosen == null ? "" : chosen.name() + " comes with " + chosen.instanceStore().count()
                + " local disk(s). Their data is lost when the instance stops or terminates.");
        instanceStore.setVisible(!indexes.isEmpty());
    }

    private Set<Integer> amiEphemeralIndexes() {
        Set<Integer> indexes = new HashSet<>();
        ami.nonRootMappings().stream().filter(BlockDeviceMapping::isInstanceStore)
                .forEach(m -> indexes.add(m.ephemeralIndex()));
        return indexes;
    }

    /** What the learner added; the AMI's own devices are left for the launch to merge in. */
    List<BlockDeviceMapping> mappings() {
        List<BlockDeviceMapping> mappings = new ArrayList<>();
        rows.forEach(row -> row.mapping().ifPresent(mappings::add));
        Set<Integer> fromAmi = amiEphemeralIndexes();
        if (type != null) {
            instanceStore.getValue().stream().filter(i -> !fromAmi.contains(i)).sorted()
                    .forEach(i -> mappings.add(BlockDeviceMapping.instanceStore(instanceStoreDevice(i), i)));
        }
        return mappings;
    }

    /** False, with the row's size field marked, when a size is missing or outside its type's range. */
    boolean valid() {
        boolean valid = true;
        for (VolumeRow row : rows) {
            valid &= row.valid();
        }
        return valid;
    }

    private String instanceStoreDevice(int index) {
        return "/dev/sd" + INSTANCE_STORE_LETTERS.charAt(Math.min(index, INSTANCE_STORE_LETTERS.length() - 1));
    }

    private void addRow() {
        String device = freeEbsDevice();
        VolumeRow row = new VolumeRow(device);
        rows.add(row);
        rowBox.add(row);
        add.setEnabled(rows.size() < MAX_EBS_VOLUMES);
        row.size.focus();
        onChange.run();
    }

    private void removeRow(VolumeRow row) {
        rows.remove(row);
        rowBox.remove(row);
        add.setEnabled(true);
        add.focus();
        onChange.run();
    }

    private String freeEbsDevice() {
        Set<String> taken = new HashSet<>();
        ami.blockDeviceMappings().forEach(m -> taken.add(m.deviceName()));
        rows.forEach(r -> taken.add(r.device));
        return EBS_LETTERS.chars().mapToObj(c -> "/dev/sd" + (char) c).filter(d -> !taken.contains(d)).findFirst()
                .orElseThrow();
    }

    /** One added EBS volume: size, type and whether it goes with the instance. */
    private final class VolumeRow extends FlexLayout {

        private final String device;
        private final WholeNumberField size;
        private final Select<VolumeType> volumeType = new Select<>();
        private final Checkbox deleteOnTermination = new Checkbox("Delete on termination", true);

        VolumeRow(String device) {
            this.device = device;
            size = new WholeNumberField(device + " size (GiB)");
            addClassName("extra-volume");
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(Alignment.BASELINE);
            size.setNumber(10);
            volumeType.setLabel(device + " type");
            volumeType.setItems(VolumeType.values());
            volumeType.setItemLabelGenerator(VolumeType::apiName);
            volumeType.setValue(VolumeType.GP3);
            deleteOnTermination.setAriaLabel(device + ": delete on termination");
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> removeRow(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + device);
            remove.setTooltipText("Remove " + device);
            size.addValueChangeListener(change -> onChange.run());
            volumeType.addValueChangeListener(change -> {
                showRange();
                onChange.run();
            });
            deleteOnTermination.addValueChangeListener(change -> onChange.run());
            showRange();
            add(size, volumeType, deleteOnTermination, remove);
        }

        private void showRange() {
            VolumeType chosen = volumeType.getValue();
            size.setHelperText(chosen.apiName() + ": " + chosen.minSizeGiB() + " to " + String.format("%,d", chosen.maxSizeGiB())
                    + " GiB");
        }

        boolean valid() {
            VolumeType chosen = volumeType.getValue();
            Optional<String> problem = size.unreadable(new WholeNumberField.Range(chosen.minSizeGiB(), chosen.maxSizeGiB(), "GiB"))
                    .or(() -> chosen.allowsSize(size.number().getAsInt()) ? Optional.empty()
                            : Optional.of("A " + chosen.apiName() + " volume is " + chosen.minSizeGiB() + " to "
                                    + String.format("%,d", chosen.maxSizeGiB()) + " GiB."));
            size.setInvalid(problem.isPresent());
            size.setErrorMessage(problem.orElse(null));
            return problem.isEmpty();
        }

        Optional<BlockDeviceMapping> mapping() {
            return size.number().stream().filter(value -> value >= 1).boxed().findFirst()
                    .map(value -> BlockDeviceMapping.ebs(device,
                            EbsBlockDevice.blank(value, volumeType.getValue(), deleteOnTermination.getValue())));
        }
    }
}
