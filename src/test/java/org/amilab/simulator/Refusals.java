package org.amilab.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.amilab.content.ShippedExplanations;

/** Assertions on refused actions. */
final class Refusals {

    private Refusals() {
    }

    /** The action was refused for {@code reason}, with EC2's code and a message naming {@code ids}. */
    static Ec2Error assertRefused(ActionResult<?> result, Refusal reason, String... ids) {
        assertThat(result.isSuccess()).as("refused").isFalse();
        Ec2Error error = result.error();
        assertThat(error.reason()).isEqualTo(reason);
        assertThat(error.code()).isEqualTo(reason.code());
        assertThat(ShippedExplanations.explain(error).text()).isNotBlank().doesNotContain("{");
        assertThat(error.message()).doesNotContain("%");
        for (String id : ids) {
            assertThat(error.message()).contains(id);
        }
        return error;
    }
}
