package org.amilab.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The charges of one learner over [{@code from}, {@code to}), summed any way the UI needs. */
public record CostBreakdown(Instant from, Instant to, List<CostLine> lines) {

    public CostBreakdown {
        Require.present(from, "from");
        Require.present(to, "to");
        Require.that(!to.isBefore(from), "a cost period cannot end before it starts");
        lines = List.copyOf(lines);
    }

    /** What the learner pays. */
    public Money total() {
        return sum(line -> true);
    }

    public Money total(CostCategory category) {
        return sum(line -> line.category() == category);
    }

    public Money forInstance(String instanceId) {
        return sum(line -> line.instanceId().equals(instanceId));
    }

    public Money forInstance(String instanceId, CostCategory category) {
        return sum(line -> line.instanceId().equals(instanceId) && line.category() == category);
    }

    public Money forResource(String resourceId) {
        return sum(line -> line.resourceId().equals(resourceId));
    }

    public Map<CostCategory, Money> byCategory() {
        Map<CostCategory, Money> sums = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            sums.put(category, total(category));
        }
        return sums;
    }

    /** Per instance, in order of first appearance; charges that belong to no instance are left out. */
    public Map<String, Money> byInstance() {
        Map<String, Money> sums = new LinkedHashMap<>();
        lines.stream().filter(line -> !line.instanceId().isEmpty())
                .forEach(line -> sums.merge(line.instanceId(), line.amount(), Money::plus));
        return sums;
    }

    /** Adds the exact amounts and wraps the sum once, rather than a Money per line. */
    private Money sum(Predicate<CostLine> which) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CostLine line : lines) {
            if (which.test(line)) {
                sum = sum.add(line.amount().amount());
            }
        }
        return new Money(sum);
    }
}
