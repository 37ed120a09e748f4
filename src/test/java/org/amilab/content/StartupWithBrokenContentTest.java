package org.amilab.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.amilab.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A broken content folder stops the application before it serves anything, with file, line and reason. */
@ExtendWith(OutputCaptureExtension.class)
class StartupWithBrokenContentTest {

    @Test
    void theApplicationRefusesToStart(@TempDir Path folder, CapturedOutput output) {
        var fixture = new ContentFixture(folder).replace("lessons/why-amis/lesson.md", "summary: ", "sumary: ");
        int line = fixture.lineOf("lessons/why-amis/lesson.md", "sumary:");
        // command-line arguments, so they win over application.properties
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--amilab.content.dir=" + folder,
                        "--spring.datasource.url=jdbc:h2:mem:broken-content;DB_CLOSE_DELAY=-1",
                        "--amilab.admin.password=broken content admin passphrase")
                .close());
        assertThat(failure).isNotNull();
        assertThat(output.getOut() + output.getErr())
                .contains("lessons/why-amis/lesson.md:" + line + ": unknown field 'sumary'")
                .contains("'summary' is required")
                .contains("Fix the files named above");
    }
}
