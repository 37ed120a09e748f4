package org.amilab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.amilab.simulator.Ec2Error;
import org.amilab.simulator.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** content/refusals.yml: what each refusal means, checked at start-up against the simulator and the course. */
class RefusalsFileTest {

    private static final String FILE = RefusalsFile.FILE;

    @TempDir
    Path folder;
    ContentFixture fixture;

    @BeforeEach
    void copyShippedContent() {
        fixture = new ContentFixture(folder);
    }

    @ParameterizedTest
    @EnumSource(Refusal.class)
    void everyRefusalIsExplainedWithItsValuesFilledInAndALessonSection(Refusal refusal) {
        Ec2Error error = refusal.error(IntStream.range(0, refusal.parameters().size())
                .mapToObj(i -> "value-" + i).toArray());

        Explanation explanation = ShippedExplanations.explain(error);

        assertThat(explanation.text()).isNotBlank().doesNotContain("{", "}").isNotEqualTo(error.message());
        Lesson lesson = ShippedExplanations.course().lesson(explanation.lesson().lessonId()).orElseThrow();
        assertThat(lesson.sections()).anyMatch(section -> section.anchor().equals(explanation.lesson().anchor()));
    }

    @ParameterizedTest
    @EnumSource(value = Refusal.class, names = {"MISSING_INSTANCE_ID", "ADVANCE_NOT_POSITIVE"}, mode = EnumSource.Mode.EXCLUDE)
    void theLearnerReadsWhatWasRefused(Refusal refusal) {
        Ec2Error error = refusal.error(IntStream.range(0, refusal.parameters().size())
                .mapToObj(i -> i == 0 ? "first-argument" : "value-" + i).toArray());

        assertThat(error.message() + ShippedExplanations.explain(error).text()).contains("first-argument");
    }

    @Test
    void aValueIsFilledInWhereverItsNameStands() {
        Ec2Error error = Refusal.AMI_NOT_FOUND.error("ami-0123456789abcdef0", "eu-west-1");

        assertThat(ShippedExplanations.explain(error).text())
                .startsWith("There is no AMI ami-0123456789abcdef0 you can use in eu-west-1.");
    }

    @Test
    void theCourseOutlineFindsOneSectionPerLessonForACode() {
        List<LessonSection> sections = ShippedExplanations.refusals().sectionsTeaching("InvalidParameterValue");

        assertThat(sections).extracting(LessonSection::lessonId).doesNotHaveDuplicates()
                .contains("instance-lifecycle", "instance-store-vs-ebs");
        assertThat(ShippedExplanations.refusals().sectionsTeaching("UnsupportedOperation"))
                .extracting(LessonSection::toString).startsWith("instance-store-vs-ebs#stopping");
    }

    @Test
    void anUnknownPlaceholderNamesTheValuesTheRefusalIsToldAbout() {
        fixture.replace(FILE, "There is no AMI {imageId}", "There is no AMI {image}");
        assertThat(problems()).anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "There is no AMI {image}") - 1,
                "{image} is not a value 'ami-not-found' is told about; it is told {imageId}, {region}"));
    }

    @Test
    void aRefusalWithoutAnExplanationIsNamedWithItsCode() {
        fixture.replace(FILE, "  ami-not-found:", "  ami-not-there:");
        assertThat(problems())
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "ami-not-there:"),
                        "'ami-not-there' is not a refusal of the playground"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "refusals:"),
                        "no explanation for 'ami-not-found' (EC2's InvalidAMIID.NotFound, told {imageId}, {region})"));
    }

    @Test
    void aLessonReferenceMustBeAHeadingOfALessonInTheCourse() {
        fixture.replace(FILE, "lesson: choosing-an-ami#region", "lesson: choosing-an-ami#regions");
        fixture.replace(FILE, "lesson: what-is-an-ami#how-an-ami-is-identified", "lesson: ec2-basics#ids");
        fixture.replace(FILE, "lesson: instance-lifecycle#transitions", "lesson: instance-lifecycle-transitions");
        assertThat(problems())
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "choosing-an-ami#regions"),
                        "lesson 'choosing-an-ami' has no heading with the anchor '#regions'"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "ec2-basics#ids"),
                        "lesson 'ec2-basics' is not in course.yml"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "instance-lifecycle-transitions"),
                        "needs a lesson as lesson-id#anchor, not 'instance-lifecycle-transitions'"));
    }

    @Test
    void anEmptyExplanationOrAnUnknownFieldIsRefused() {
        fixture.replace(FILE, "  count-too-small:\n    lesson: instance-lifecycle#transitions\n    explanation: >-\n"
                + "      You asked for {count} instances. A launch always starts at least one instance.",
                "  count-too-small:\n    lesson: instance-lifecycle#transitions\n    explain: fewer than one\n"
                        + "    explanation: \"\"");
        assertThat(problems())
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "explain: fewer than one"),
                        "unknown field 'explain' in 'count-too-small'"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "explanation: \"\""),
                        "'count-too-small' needs an explanation"));
    }

    @Test
    void aRefusalExplainedTwiceOrAnUnknownTopLevelFieldIsRefused() {
        fixture.replace(FILE, "refusals:\n", "glossary: none\nrefusals:\n  count-too-small:\n"
                + "    lesson: instance-lifecycle#transitions\n    explanation: Fewer than one.\n");
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.reason()).contains("not valid YAML").contains("count-too-small");
        });
        fixture.replace(FILE, "  count-too-small:\n    lesson: instance-lifecycle#transitions\n    explanation: Fewer than one.\n",
                "");
        assertThat(problems()).anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "glossary: none"),
                "unknown field 'glossary'"));
    }

    @Test
    void aMissingFileStopsStartUp() {
        fixture.delete(FILE);
        assertThat(problems()).anySatisfy(p -> assertProblem(p, 1, "file not found"));
    }

    private List<ContentProblem> problems() {
        return fixture.problems();
    }

    private static void assertProblem(ContentProblem problem, int line, String reason) {
        ContentFixture.assertProblem(problem, FILE, line, reason);
    }
}
