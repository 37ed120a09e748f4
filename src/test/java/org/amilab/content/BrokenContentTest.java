package org.amilab.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of broken content file, and the message that names its file, line and reason. */
class BrokenContentTest {

    private static final String LIFECYCLE = "lessons/instance-lifecycle/lesson.md";
    private static final String EBS = "lessons/instance-store-vs-ebs/lesson.md";

    @TempDir
    Path folder;
    ContentFixture fixture;

    @BeforeEach
    void copyShippedContent() {
        fixture = new ContentFixture(folder);
    }

    @Test
    void aMissingRequiredFieldNamesTheField() {
        fixture.replace(LIFECYCLE, "title: ", "heading: ");
        // an absent field has no line of its own: the problem points at the start of the front matter
        assertThat(problems()).anySatisfy(p -> assertProblem(p, LIFECYCLE, 2, "'title' is required"))
                .anySatisfy(p -> assertProblem(p, LIFECYCLE, 3, "unknown field 'heading'"));
    }

    @Test
    void aYamlSyntaxErrorPointsAtItsLine() {
        fixture.replace(EBS, "minutes: 9", "minutes: [9");
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(EBS);
            assertThat(p.reason()).startsWith("not valid YAML");
            assertThat(p.line()).isBetween(fixture.lineOf(EBS, "minutes:"), fixture.lineOf(EBS, "minutes:") + 3);
        });
    }

    @Test
    void minutesMustBeAWholeNumberInRange() {
        fixture.replace(EBS, "minutes: 9", "minutes: 600");
        assertThat(problems()).anySatisfy(p -> assertProblem(p, EBS, fixture.lineOf(EBS, "minutes:"), "'minutes'"));
    }

    @Test
    void frontMatterMustBeClosed() {
        fixture.write("lessons/why-amis/lesson.md", "---\nid: why-amis\ntitle: Why\n\n## Body\n");
        assertThat(problems()).anySatisfy(p -> assertProblem(p, "lessons/why-amis/lesson.md", 1, "not closed"));
    }

    @Test
    void theIdMustMatchTheFolder() {
        fixture.replace(EBS, "id: instance-store-vs-ebs", "id: store-vs-ebs");
        assertThat(problems()).anySatisfy(p -> assertProblem(p, EBS, 2, "must be the same as the folder name"));
    }

    @Test
    void aLessonListedTwiceIsRefused() {
        fixture.replace("course.yml", "lessons: [key-takeaways]", "lessons: [key-takeaways, why-amis]");
        assertThat(problems()).anySatisfy(p -> assertProblem(p, "course.yml",
                fixture.lineOf("course.yml", "[key-takeaways, why-amis]"), "lesson 'why-amis' is listed twice"));
    }

    @Test
    void aListedLessonWithoutAFileIsRefused() {
        fixture.replace("course.yml", "lessons: [key-takeaways]", "lessons: [key-takeaways, glossary]");
        assertThat(problems()).anySatisfy(p -> assertProblem(p, "course.yml",
                fixture.lineOf("course.yml", "glossary"), "has no file lessons/glossary/lesson.md"));
    }

    @Test
    void aLinkToAMissingLessonOrHeadingIsRefusedAtItsLine() {
        fixture.replace(EBS, "## Boot time", "## Boot time\n\nSee [missing](lesson:no-such-lesson#x) and "
                + "[wrong anchor](lesson:why-amis#no-such-heading).");
        int line = fixture.lineOf(EBS, "lesson:no-such-lesson");
        assertThat(problems())
                .anySatisfy(p -> assertProblem(p, EBS, line, "link to lesson 'no-such-lesson'"))
                .anySatisfy(p -> assertProblem(p, EBS, line, "no heading with the anchor '#no-such-heading'"));
    }

    @Test
    void aMissingFigureIsRefusedAtItsLine() {
        fixture.replace(EBS, "## Boot time", "## Boot time\n\n![A chart](boot-times.svg)");
        assertThat(problems()).anySatisfy(p -> assertProblem(p, EBS, fixture.lineOf(EBS, "boot-times.svg"),
                "figure 'boot-times.svg' is not in lessons/instance-store-vs-ebs/"));
    }

    @Test
    void aPlaygroundLinkToAnUnknownAmiIsRefused() {
        fixture.replace(EBS, "ami=ami-0b3ce107f80e222f8", "ami=ami-0123456789abcdef0");
        assertThat(problems()).anySatisfy(p -> assertProblem(p, EBS, fixture.lineOf(EBS, "playground:"),
                "AMI ami-0123456789abcdef0, which is not in catalog/amis.yml"));
    }

    @Test
    void anAmiInAnUnknownRegionIsRefused() {
        fixture.replace(SimulatorData.AMIS, "region: eu-west-1", "region: mars-north-1");
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(SimulatorData.AMIS);
            assertThat(p.reason()).contains("unknown region mars-north-1");
            assertThat(p.line()).isGreaterThan(1);
        });
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndLine() {
        fixture.replace(SimulatorData.AMIS, "rootDeviceType: EBS", "rootDeviceType: FLOPPY");
        assertThat(problems()).anySatisfy(p -> assertProblem(p, SimulatorData.AMIS,
                fixture.lineOf(SimulatorData.AMIS, "FLOPPY"), "rootDeviceType"));
    }

    @Test
    void anInstanceTypeWithoutAPriceIsRefused() {
        String types = fixture.files().read(SimulatorData.INSTANCE_TYPES).orElseThrow();
        fixture.write(SimulatorData.INSTANCE_TYPES, types.replaceFirst("name: t3.micro", "name: t3.imaginary"));
        assertThat(problems()).anySatisfy(p -> assertThat(p.toString())
                .contains(SimulatorData.PRICE_BOOK).contains("no hourly price for instance type t3.imaginary"));
    }

    @Test
    void aMissingDataFileIsNamed() {
        fixture.write(SimulatorData.PRICE_BOOK, "");
        assertThat(problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo(SimulatorData.PRICE_BOOK));
    }

    @Test
    void theMessageListsEveryProblemWithFileAndLine() {
        fixture.replace(LIFECYCLE, "minutes: ", "minutes: -");
        fixture.replace(EBS, "summary: ", "sumary: ");
        var error = catchThrowableOfType(InvalidContentException.class, () -> new ContentLoader().load(fixture.files()));
        assertThat(error.getMessage()).contains(LIFECYCLE + ":" + fixture.lineOf(LIFECYCLE, "minutes:") + ": ")
                .contains(EBS + ":" + fixture.lineOf(EBS, "sumary:") + ": ");
    }

    private java.util.List<ContentProblem> problems() {
        var error = catchThrowableOfType(InvalidContentException.class, () -> new ContentLoader().load(fixture.files()));
        assertThat(error).as("the broken content is refused").isNotNull();
        return error.problems();
    }

    private static void assertProblem(ContentProblem problem, String file, int line, String reason) {
        assertThat(problem.file()).isEqualTo(file);
        assertThat(problem.reason()).contains(reason);
        assertThat(problem.line()).isEqualTo(line);
    }
}
