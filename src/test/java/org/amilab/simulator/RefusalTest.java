package org.amilab.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** EC2's side of every refusal; what it means for the learner is content, checked in RefusalsFileTest. */
class RefusalTest {

    @ParameterizedTest
    @EnumSource(Refusal.class)
    void everyRefusalHasAnEc2CodeAMessageWithTheValuesFilledInAndTheValuesByName(Refusal refusal) {
        Object[] values = IntStream.range(0, refusal.parameters().size()).mapToObj(i -> "value-" + i).toArray();

        Ec2Error error = refusal.error(values);

        assertThat(error.code()).matches("[A-Z][A-Za-z0-9]+(\\.[A-Za-z]+)?");
        assertThat(error.message()).isNotBlank().doesNotContain("%");
        assertThat(error.values().keySet()).containsExactlyElementsOf(refusal.parameters());
        assertThat(error.values().values()).containsExactly(IntStream.range(0, values.length)
                .mapToObj(i -> "value-" + i).toArray(String[]::new));
        assertThat(refusal.parameters()).allMatch(name -> name.matches("[a-z][A-Za-z]*")).doesNotHaveDuplicates();
        assertThat(error.reason()).isEqualTo(refusal);
    }

    @Test
    void aRefusalMustBeToldEachOfItsValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> Refusal.AMI_NOT_FOUND.error("ami-0123456789abcdef0"))
                .withMessageContaining("AMI_NOT_FOUND is told [imageId, region]");
    }
}
