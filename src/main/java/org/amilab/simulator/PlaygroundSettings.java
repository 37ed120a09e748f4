package org.amilab.simulator;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Limits of one learner's playground. EC2 limits instances per account; here the learner is the
 * account. A workshop playground also has a budget in simulated dollars, enforced as an AWS Budgets
 * action would: once it would be passed, launching and starting are denied.
 */
public record PlaygroundSettings(int instanceQuota, Optional<Money> budget) {

    public static final PlaygroundSettings DEFAULT = new PlaygroundSettings(20);

    public PlaygroundSettings {
        Require.positive(instanceQuota, "instanceQuota");
        budget = Require.orNone(budget);
        Require.that(budget.map(b -> b.amount().compareTo(BigDecimal.ZERO) > 0).orElse(true), "a budget is more than $0");
    }

    public PlaygroundSettings(int instanceQuota) {
        this(instanceQuota, Optional.empty());
    }

    public PlaygroundSettings withBudget(Money amount) {
        return new PlaygroundSettings(instanceQuota, Optional.of(amount));
    }
}
