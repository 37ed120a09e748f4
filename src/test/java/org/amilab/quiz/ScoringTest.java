package org.amilab.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amilab.content.LessonSection;
import org.amilab.content.Question;
import org.junit.jupiter.api.Test;

/** The points each kind of answer earns (content/README.md, "quiz.yml"), and answers that do not fit refused. */
class ScoringTest {

    private static final LessonSection SECTION = new LessonSection("instance-store-vs-ebs", "stopping");
    private static final List<Question.Choice> CHOICES = List.of(
            new Question.Choice("EBS volume data", true, "kept"),
            new Question.Choice("Instance id", true, "kept"),
            new Question.Choice("RAM", false, "cleared"),
            new Question.Choice("Instance store data", false, "lost"));
    private static final Question.SingleChoice SINGLE = new Question.SingleChoice("s", "?", List.of(
            new Question.Choice("UnsupportedOperation", true, "yes"),
            new Question.Choice("IncorrectInstanceState", false, "no")), "why", SECTION);
    private static final Question.MultipleChoice MULTIPLE = new Question.MultipleChoice("m", "?", CHOICES, "why", SECTION);
    private static final Question.Ordering ORDERING = new Question.Ordering("o", "?",
            List.of("pending", "running", "stopping", "stopped"), "why", SECTION);
    private static final Question.Matching MATCHING = new Question.Matching("x", "?", List.of("EBS", "Instance store"),
            List.of(new Question.Matching.Pair("Can stop", "EBS"), new Question.Matching.Pair("10 GiB root", "Instance store"),
                    new Question.Matching.Pair("Boots in a minute", "EBS"), new Question.Matching.Pair("Stored in S3",
                            "Instance store")), "why", SECTION);
    private static final Question.Numeric NUMERIC = new Question.Numeric("n", "?", new BigDecimal("10"), "GiB",
            new BigDecimal("0.5"), "why", SECTION);

    @Test
    void aSingleChoiceEarnsAPointForTheRightChoiceOnly() {
        assertThat(Scoring.points(SINGLE, choices("UnsupportedOperation"))).isEqualTo(1);
        assertThat(Scoring.points(SINGLE, choices("IncorrectInstanceState"))).isZero();
        assertThat(Scoring.points(SINGLE, choices())).isZero();
        assertThatThrownBy(() -> Scoring.points(SINGLE, choices("UnsupportedOperation", "IncorrectInstanceState")))
                .hasMessage("Question 's' takes one choice, not 2.");
    }

    @Test
    void aMultipleChoiceCountsRightPicksLessWrongOnesNeverBelowZero() {
        assertThat(Scoring.points(MULTIPLE, choices("EBS volume data", "Instance id"))).isEqualTo(1);
        assertThat(Scoring.points(MULTIPLE, choices("EBS volume data"))).isEqualTo(0.5);
        assertThat(Scoring.points(MULTIPLE, choices("EBS volume data", "Instance id", "RAM"))).isEqualTo(0.5);
        assertThat(Scoring.points(MULTIPLE, choices("EBS volume data", "RAM"))).isZero();
        assertThat(Scoring.points(MULTIPLE, choices("RAM", "Instance store data"))).isZero();
        assertThat(Scoring.points(MULTIPLE, choices("EBS volume data", "Instance id", "RAM", "Instance store data")))
                .as("ticking every box is not a way to full points").isZero();
    }

    @Test
    void aStatementEarnsAPointWhenJudgedRight() {
        var statement = new Question.TrueFalse("t", "A reboot keeps instance store data.", true, "yes", "no", "why",
                SECTION);
        assertThat(Scoring.points(statement, new Answer.TrueOrFalse(true))).isEqualTo(1);
        assertThat(Scoring.points(statement, new Answer.TrueOrFalse(false))).isZero();
    }

    @Test
    void anOrderingEarnsTheShareOfItemsInTheirPlace() {
        assertThat(Scoring.points(ORDERING, order("pending", "running", "stopping", "stopped"))).isEqualTo(1);
        assertThat(Scoring.points(ORDERING, order("pending", "running", "stopped", "stopping"))).isEqualTo(0.5);
        assertThat(Scoring.points(ORDERING, order("stopped", "stopping", "running", "pending"))).isZero();
        assertThatThrownBy(() -> Scoring.points(ORDERING, order("pending", "running", "stopping", "terminated")))
                .hasMessage("Question 'o' orders its own 4 items, each once.");
    }

    @Test
    void aMatchingEarnsTheShareOfItemsMatchedRight() {
        assertThat(Scoring.points(MATCHING, new Answer.Matches(Map.of("Can stop", "EBS", "10 GiB root", "Instance store",
                "Boots in a minute", "EBS", "Stored in S3", "Instance store")))).isEqualTo(1);
        assertThat(Scoring.points(MATCHING, new Answer.Matches(Map.of("Can stop", "EBS", "10 GiB root", "EBS",
                "Boots in a minute", "EBS")))).as("one wrong, one unmatched").isEqualTo(0.5);
        assertThatThrownBy(() -> Scoring.points(MATCHING, new Answer.Matches(Map.of("Can stop", "S3"))))
                .hasMessage("Question 'x' has no item 'Can stop' or no option 'S3'.");
    }

    @Test
    void aNumberEarnsAPointWithinTheTolerance() {
        assertThat(Scoring.points(NUMERIC, number("10"))).isEqualTo(1);
        assertThat(Scoring.points(NUMERIC, number("10.5"))).isEqualTo(1);
        assertThat(Scoring.points(NUMERIC, number("9.5"))).isEqualTo(1);
        assertThat(Scoring.points(NUMERIC, number("10.51"))).isZero();
        assertThat(Scoring.points(NUMERIC, number("16384"))).isZero();
    }

    @Test
    void anAnswerOfAnotherKindOrAnUnknownChoiceIsRefused() {
        assertThatThrownBy(() -> Scoring.points(NUMERIC, choices("10")))
                .hasMessage("Question 'n' is not answered with Choices.");
        assertThatThrownBy(() -> Scoring.points(MULTIPLE, choices("Elastic IP")))
                .hasMessage("Question 'm' has no choice 'Elastic IP'.");
    }

    private static Answer choices(String... texts) {
        return new Answer.Choices(Set.of(texts));
    }

    private static Answer order(String... items) {
        return new Answer.Order(List.of(items));
    }

    private static Answer number(String value) {
        return new Answer.Number(new BigDecimal(value));
    }
}
