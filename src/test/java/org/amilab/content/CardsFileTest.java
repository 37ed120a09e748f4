package org.amilab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson's cards.yml: cards and their reverse sides, ids unique in the whole course, mistakes named at their line. */
class CardsFileTest {

    private static final String FILE = "lessons/why-amis/cards.yml";
    private static final String OTHER = "lessons/instance-lifecycle/cards.yml";
    private static final String CARDS = """
            cards:
              - id: three-benefits
                front: The three benefits of AMIs?
                back: Repeatability, reusability, recoverability.
                section: why-amis#three-benefits
                reverse:
                  front: Repeatability, reusability and recoverability are the benefits of what?
                  back: AMIs.
              - id: recover-from-an-ami
                front: How do you recover a failed server quickly?
                back: Launch a replacement from its AMI.
                section: why-amis#recoverability
            """;

    @TempDir
    Path folder;
    ContentFixture fixture;

    @BeforeEach
    void copyShippedContent() {
        fixture = new ContentFixture(folder);
        fixture.write(FILE, CARDS);
    }

    @Test
    void aCardWithAReverseSideIsTwoCards() {
        List<ReviewCard> cards = new ContentService(fixture.files(), Clock.systemUTC()).cards().stream()
                .filter(card -> card.lessonId().equals("why-amis")).toList();

        assertThat(cards).extracting(ReviewCard::id)
                .containsExactly("three-benefits", "three-benefits/reverse", "recover-from-an-ami");
        assertThat(cards.get(1).front()).startsWith("Repeatability, reusability and recoverability");
        assertThat(cards.get(1).back()).isEqualTo("AMIs.");
        assertThat(cards.get(2).section()).isEqualTo(new LessonSection("why-amis", "recoverability"));
    }

    @Test
    void aCardIdIsUniqueInTheWholeCourse() {
        fixture.write(OTHER, """
                cards:
                  - id: recover-from-an-ami
                    front: Again?
                    back: Again.
                    section: instance-lifecycle#states
                """);
        var problems = problems();
        String first = problems.stream().filter(p -> p.reason().contains("is also used in")).findFirst()
                .orElseThrow().file();
        String second = first.equals(FILE) ? OTHER : FILE;
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(first);
            assertThat(p.line()).isEqualTo(fixture.lineOf(first, "id: recover-from-an-ami"));
            assertThat(p.reason()).isEqualTo("card id 'recover-from-an-ami' is also used in " + second
                    + "; card ids must be unique in the course");
        });
    }

    @Test
    void aMissingSideAnUnknownFieldOrAWrongSectionIsNamedAtItsLine() {
        fixture.replace(FILE, "      back: AMIs.\n", "      answer: AMIs.\n");
        fixture.replace(FILE, "section: why-amis#recoverability", "section: why-amis#recovery");
        fixture.replace(FILE, "    back: Launch a replacement from its AMI.", "    back: \"\"");
        assertThat(problems())
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "answer: AMIs."),
                        "unknown field 'answer' (the reverse side has front and back)"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "reverse:"), "'back' is required and must be text"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "why-amis#recovery"),
                        "lesson 'why-amis' has no heading with the anchor '#recovery'"))
                .anySatisfy(p -> assertProblem(p, fixture.lineOf(FILE, "back: \"\""), "'back' is required and must be text"));
    }

    private List<ContentProblem> problems() {
        return fixture.problems();
    }

    private static void assertProblem(ContentProblem problem, int line, String reason) {
        ContentFixture.assertProblem(problem, FILE, line, reason);
    }
}
