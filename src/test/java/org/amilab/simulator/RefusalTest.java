package org.amilab.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RefusalTest {

    @ParameterizedTest
    @EnumSource(Refusal.class)
    void everyRefusalHasAnEc2CodeTextsWithTheIdsFilledInAndALesson(Refusal refusal) {
        Ec2Error error = refusal.error("i-0aaaaaaaaaaaaaaaa", "second", "third", "fourth", "fifth");

        assertThat(error.code()).matches("[A-Z][A-Za-z]+(\\.[A-Za-z]+)?");
        assertThat(error.message()).isNotBlank().doesNotContain("%");
        assertThat(error.explanation()).isNotBlank().doesNotContain("%").isNotEqualTo(error.message());
        assertThat(LessonRef.LESSON_IDS).contains(error.lesson().lessonId());
        assertThat(error.lesson().anchor()).matches("[a-z]+(-[a-z]+)*");
        assertThat(error.reason()).isEqualTo(refusal);
    }

    @ParameterizedTest
    @EnumSource(value = Refusal.class, names = {"MISSING_INSTANCE_ID", "ADVANCE_NOT_POSITIVE"}, mode = EnumSource.Mode.EXCLUDE)
    void messagesNameWhatWasRefused(Refusal refusal) {
        Ec2Error error = refusal.error("first-argument", "second", "third", "fourth", "fifth");

        assertThat(error.message() + error.explanation()).contains("first-argument");
    }
}
