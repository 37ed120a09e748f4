package org.amilab.simulator;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What had been spent by one simulated moment {@code at}, by category: a running total, so a later
 * point of the same {@link CostSeries} never shows less.
 */
public record CostPoint(Instant at, Map<CostCategory, Money> spent) {

    public CostPoint {
        Require.present(at, "at");
        Require.present(spent, "spent");
        // every category is present, so a chart line or a table column never has a hole
        Map<CostCategory, Money> all = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            all.put(category, spent.getOrDefault(category, Money.ZERO));
        }
        spent = Collections.unmodifiableMap(all);
    }

    public Money spent(CostCategory category) {
        return spent.get(category);
    }

    public Money total() {
        return spent.values().stream().reduce(Money.ZERO, Money::plus);
    }
}
