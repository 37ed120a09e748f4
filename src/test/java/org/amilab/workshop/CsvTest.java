package org.amilab.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV export opens in a spreadsheet as written, and a learner's name never runs as a formula. */
class CsvTest {

    @Test
    void utf8WithAByteOrderMarkQuotedCellsCrlfAndFormulasKeptAsText() {
        byte[] file = Csv.of(List.of("Learner", "Spent"), List.of(List.of("=HYPERLINK(\"http://evil\")", "1.50"),
                List.of("Zoë \"the builder\"", "-2"), List.of("@SUM(A1)", "+3"), List.of("\tTabbed", "")));

        assertThat(file[0]).isEqualTo((byte) 0xEF);
        assertThat(file[1]).isEqualTo((byte) 0xBB);
        assertThat(file[2]).isEqualTo((byte) 0xBF);
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        assertThat(text).isEqualTo("\"Learner\",\"Spent\"\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",\"1.50\"\r\n"
                + "\"Zoë \"\"the builder\"\"\",\"'-2\"\r\n"
                + "\"'@SUM(A1)\",\"'+3\"\r\n"
                + "\"'\tTabbed\",\"\"\r\n");
    }
}
