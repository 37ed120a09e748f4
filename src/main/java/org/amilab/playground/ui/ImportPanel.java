package org.amilab.playground.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amilab.playground.PlaygroundView;
import org.amilab.simulator.DiskImage;
import org.amilab.simulator.Ec2Error;
import org.amilab.simulator.ImportTask;
import org.amilab.simulator.ImportableSystem;
import org.amilab.simulator.Refusal;

/**
 * VM Import/Export in the playground: the learner describes a virtual machine's disk (the
 * playground has no file to upload), starts import-image, and watches the task go through EC2's
 * steps with a progress bar until it becomes an AMI under My AMIs, or is deleted with EC2's reason.
 */
@Uses(ProgressBar.class)
class ImportPanel extends Div {

    /** What starting an import asks of the page: EC2's refusal, if any. */
    interface Start {
        Optional<Ec2Error> importImage(String description, DiskImage disk);
    }

    /** One task as the grid shows it at the view's simulated now. */
    record Row(String id, String disk, String status, String message, int progress, boolean active, String imageId) {

        static Row of(ImportTask task, Instant now) {
            DiskImage disk = task.disk();
            return new Row(task.id(), disk.format() + " · " + disk.operatingSystem() + " · " + disk.sizeGiB() + " GiB",
                    task.statusAt(now).apiName(), task.statusMessageAt(now), task.progressAt(now),
                    task.statusAt(now) == ImportTask.Status.ACTIVE, task.imageIdAt(now).orElse("—"));
        }
    }

    /** What a learner's data center might hand over; QCOW2 is there to meet EC2's refusal. */
    private static final List<String> FORMATS = withKvm();

    private final Select<String> format = new Select<>();
    private final Select<String> system = new Select<>();
    private final IntegerField size = new IntegerField("Disk size (GiB)");
    private final TextField description = new TextField("Description");
    private final Grid<Row> grid = new Grid<>();
    private final GridRows<Row> rows = new GridRows<>(grid, Row::id, row -> row);

    ImportPanel(Start start) {
        addClassName("import-panel");
        format.setLabel("Disk image format");
        format.setId("import-format");
        format.setItems(FORMATS);
        format.setValue("VMDK");
        system.setLabel("Operating system on the disk");
        system.setId("import-os");
        system.setItems(ImportableSystem.ALL.stream().map(ImportableSystem::operatingSystem).toList());
        system.setValue(ImportableSystem.ALL.get(0).operatingSystem());
        size.setId("import-size");
        size.setValue(20);
        size.setStepButtonsVisible(true);
        description.setId("import-description");
        description.setMaxLength(255);
        var importButton = new Button("Import", click -> start(start));
        importButton.setId("start-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(format, system, size, description);
        form.setMaxWidth("48rem");
        configureGrid();
        add(new H3("Import a virtual machine"), new Paragraph("Describe the disk of a virtual machine from your data "
                + "center, as if you had uploaded it to S3, and start import-image. VM Import/Export converts it step by "
                + "step in simulated time; a completed import is an AMI under Launch › My AMIs, named after its task."),
                form, importButton, grid);
    }

    void show(PlaygroundView view, String region) {
        Instant now = view.simulatedNow();
        rows.show(view.importTasks().stream().filter(task -> task.region().equals(region)).map(task -> Row.of(task, now))
                .toList());
    }

    private void start(Start start) {
        List<HasValidation> fields = List.of(format, system, size);
        fields.forEach(field -> field.setInvalid(false));
        if (size.getValue() == null) {
            size.setErrorMessage("Give the disk's size in whole GiB.");
            size.setInvalid(true);
            return;
        }
        Optional<Ec2Error> refused = start.importImage(description.getValue(),
                new DiskImage(format.getValue(), system.getValue(), size.getValue()));
        refused.ifPresent(error -> {
            HasValidation field = fieldFor(error.reason());
            field.setErrorMessage(error.code() + ": " + error.message());
            field.setInvalid(true);
        });
    }

    private HasValidation fieldFor(Refusal reason) {
        return switch (reason) {
            case IMPORT_FORMAT_INVALID -> format;
            case IMPORT_OS_UNKNOWN -> system;
            default -> size;
        };
    }

    private void configureGrid() {
        grid.setId("import-tasks");
        grid.setAriaLabel("Import tasks");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Row::id).setHeader("Import task").setAutoWidth(true);
        grid.addColumn(Row::disk).setHeader("Disk").setAutoWidth(true);
        grid.addColumn(LitRenderer.<Row>of("<div>${item.status}${item.message ? ': ' + item.message : ''}</div>"
                        + "<vaadin-progress-bar ?hidden=${!item.active} .value=${item.progress / 100} "
                        + "aria-label=\"Progress of ${item.id}\"></vaadin-progress-bar>")
                .withProperty("id", Row::id).withProperty("status", Row::status).withProperty("message", Row::message)
                .withProperty("progress", Row::progress).withProperty("active", Row::active))
                .setHeader("Status").setFlexGrow(2);
        grid.addColumn(Row::imageId).setHeader("AMI").setAutoWidth(true);
        grid.setEmptyStateText("No import tasks in this region in the last week.");
        grid.setAllRowsVisible(true);
    }

    private static List<String> withKvm() {
        List<String> all = new ArrayList<>(DiskImage.FORMATS);
        all.add("QCOW2");
        return List.copyOf(all);
    }
}
