package org.amilab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amilab.simulator.Refusal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same check start-up runs, on the content the jar ships, plus what the course promises. */
class ShippedContentTest {

    private static LoadedContent content;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(ContentFiles.folder(ContentFixture.SHIPPED));
    }

    @Test
    void theCourseHasItsNineLessonsInOrder() {
        assertThat(content.course().lessons()).extracting(Lesson::id).containsExactly(
                "what-is-an-ami", "why-amis", "choosing-an-ami", "ami-sources", "instance-store-vs-ebs",
                "instance-lifecycle", "creating-your-own-ami", "image-builder", "key-takeaways");
    }

    @Test
    void everyLessonHasAFigureOrTableAndAHeading() {
        for (Lesson lesson : content.course().lessons()) {
            assertThat(lesson.html()).as(lesson.id()).containsAnyOf("<table", "<svg");
            assertThat(lesson.sections()).as(lesson.id()).isNotEmpty();
            assertThat(lesson.objectives()).as(lesson.id()).isNotEmpty();
        }
    }

    @Test
    void everyLessonWithHandsOnWorkHasAGuidedChallengeAndThereAreAtLeastSeven() {
        assertThat(content.challenges()).hasSizeGreaterThanOrEqualTo(7);
        for (Lesson lesson : content.course().lessons()) {
            if (lesson.playground().isPresent()) {
                assertThat(content.challenges()).as(lesson.id() + " links into the playground").containsKey(lesson.id());
            }
        }
        content.challenges().values().forEach(challenge -> assertThat(challenge.steps()).as(challenge.id())
                .hasSizeBetween(3, 6).allSatisfy(step -> assertThat(step.hints()).isNotEmpty()));
    }

    @Test
    void theLessonsTeachTheAwsCliBesideTheConsoleAndDrawTheirFigures() {
        for (String id : List.of("instance-lifecycle", "creating-your-own-ami", "choosing-an-ami", "image-builder")) {
            assertThat(content.course().lesson(id).orElseThrow().html()).as(id).contains("aws ");
        }
        assertThat(content.course().lesson("creating-your-own-ami").orElseThrow().html()).contains("create-image")
                .contains("--no-reboot").contains("copy-image");
        for (String id : List.of("what-is-an-ami", "creating-your-own-ami", "image-builder")) {
            assertThat(content.course().lesson(id).orElseThrow().html()).as(id).contains("<svg")
                    .contains("Text description of the figure");
        }
    }

    /** The facts a review of the course corrected stay corrected (issue 13's list), where a text check can tell. */
    @Test
    void theCorrectedFactsStayCorrected() {
        String backing = text("instance-store-vs-ebs");
        assertThat(backing).contains("cannot be root volumes", "C1, C3, D2, I2, M1, M2", "GRUB 2", "Windows");
        assertThat(text("instance-lifecycle")).contains("Windows", "2021", "Red Hat Enterprise Linux", "2024",
                "Hibernation", "new public IPv4 address").doesNotContain("For Linux instances, EC2 charges per second");
        assertThat(text("ami-sources")).contains("verified partners", "Block public access");
        assertThat(text("what-is-an-ami")).contains("does not map its root");
        assertThat(text("choosing-an-ami")).contains("x86_64_mac", "arm64_mac", "AMI Catalog", "ssm get-parameters");
        assertThat(text("creating-your-own-ami")).contains("vmimport", "Linux", "--copy-image-tags",
                "organizational unit", "--delete-associated-snapshots", "Recycle Bin", "deregistration protection", "KMS");
        assertThat(text("image-builder")).contains("optional", "schedule", "Container images");
    }

    private static String text(String lessonId) {
        return org.jsoup.Jsoup.parse(content.course().lesson(lessonId).orElseThrow().html()).text();
    }

    @Test
    void theLifecycleDiagramIsInlineSvgWithATextAlternative() {
        String html = content.course().lesson("instance-lifecycle").orElseThrow().html();
        assertThat(html).contains("<svg").contains("<title id=\"lifecycle-title\">").contains("<desc")
                .contains("data-state=\"running\"").contains("Text description of the figure");
    }

    @Test
    void theBackingTypeComparisonIsARealTable() {
        String html = content.course().lesson("instance-store-vs-ebs").orElseThrow().html();
        assertThat(html).contains("<table").contains("<th>Instance store-backed</th>").contains("10 GiB");
    }

    @Test
    void everySimulatorErrorLinksToAnExistingLessonSection() {
        for (Refusal refusal : Refusal.values()) {
            var reference = content.refusals().explain(refusal.error(refusal.parameters().toArray())).lesson();
            Lesson lesson = content.course().lesson(reference.lessonId()).orElseThrow(
                    () -> new AssertionError(refusal + " links to missing lesson " + reference.lessonId()));
            assertThat(lesson.sections()).as(refusal + " -> " + reference)
                    .anyMatch(section -> section.anchor().equals(reference.anchor()));
        }
    }

    @Test
    void thePlaygroundDataMeetsTheCourseNeeds() {
        assertThat(content.catalog().regions()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(content.catalog().instanceTypes()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(content.catalog().amis()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(content.prices().hoursPerMonth()).isPositive();
    }

    @Test
    void lessonsWithAPlaygroundLinkNameACatalogAmi() {
        List<Lesson> linked = content.course().lessons().stream().filter(l -> l.playground().isPresent()).toList();
        assertThat(linked).isNotEmpty();
        linked.forEach(lesson -> assertThat(lesson.playground().get()).contains("ami=ami-"));
    }

    @Test
    void everyLessonHasAQuizOfAtLeastTenQuestionsWithEveryKindOfQuestionInTheCourse() {
        assertThat(content.quizzes().keySet()).containsExactlyInAnyOrderElementsOf(
                content.course().lessons().stream().map(Lesson::id).toList());
        content.quizzes().values().forEach(quiz -> {
            assertThat(quiz.questions()).as(quiz.lessonId()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(quiz.draw()).as(quiz.lessonId()).isGreaterThanOrEqualTo(10);
            assertThat(quiz.questions()).as(quiz.lessonId() + ": each explained from its own lesson")
                    .allSatisfy(question -> assertThat(question.section().lessonId()).isEqualTo(quiz.lessonId()));
        });
        var questions = content.quizzes().values().stream().flatMap(quiz -> quiz.questions().stream()).toList();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(90);
        assertThat(questions.stream().map(question -> question.getClass().getSimpleName()).distinct())
                .containsExactlyInAnyOrder("SingleChoice", "MultipleChoice", "TrueFalse", "Ordering", "Matching",
                        "Numeric", "PlaygroundTask");
    }

    @Test
    void theKeyTakeawaysAreAtLeastFortyCardsWithSomeAskedBothWays() {
        assertThat(content.cards()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(content.cards()).extracting(ReviewCard::id).doesNotHaveDuplicates();
        assertThat(content.cards()).filteredOn(card -> card.id().endsWith(ReviewCard.REVERSE)).isNotEmpty();
        assertThat(content.cards()).extracting(ReviewCard::lessonId).contains("key-takeaways", "instance-store-vs-ebs",
                "instance-lifecycle");
    }

    @Test
    void theCourseIsWrittenInAmericanSpelling() throws java.io.IOException {
        var british = java.util.regex.Pattern.compile("(?i)\\b(colour|behaviour|centre|favour|honour|licence|catalogue"
                + "|recognis|organis|summaris|minimis|maximis|optimis|utilis|analyse|modelled|labelled|travell|cancell|grey"
                + "|programme|whilst|amongst)");
        try (var files = java.nio.file.Files.walk(ContentFixture.SHIPPED.resolve("lessons"))) {
            for (var file : (Iterable<java.nio.file.Path>) files.filter(f -> f.toString().matches(".*\\.(md|yml)$"))::iterator) {
                var lines = java.nio.file.Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    assertThat(british.matcher(lines.get(i)).find()).as(file + ":" + (i + 1) + ": " + lines.get(i))
                            .isFalse();
                }
            }
        }
    }
}
