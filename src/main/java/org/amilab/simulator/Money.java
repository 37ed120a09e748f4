package org.amilab.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of US dollars. Kept with ten decimal places because a per-second share of a
 * sub-cent hourly price is a millionth of a dollar, and sums of those must not drift.
 * Money is never a double.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    static final int SCALE = 10;
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        amount = Require.present(amount, "amount").setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    public static Money of(String dollars) {
        return new Money(new BigDecimal(dollars));
    }

    /** What {@code seconds} of a price quoted per hour come to. */
    public static Money forSeconds(BigDecimal perHour, long seconds) {
        return new Money(perHour.multiply(BigDecimal.valueOf(seconds)).divide(SECONDS_PER_HOUR, SCALE, RoundingMode.HALF_EVEN));
    }

    /** What storing {@code gib} for {@code seconds} comes to at a price per GB-month of {@code hoursPerMonth}. */
    public static Money forStorage(BigDecimal perGbMonth, int gib, long seconds, int hoursPerMonth) {
        BigDecimal secondsPerMonth = SECONDS_PER_HOUR.multiply(BigDecimal.valueOf(hoursPerMonth));
        BigDecimal used = perGbMonth.multiply(BigDecimal.valueOf(gib)).multiply(BigDecimal.valueOf(seconds));
        return new Money(used.divide(secondsPerMonth, SCALE, RoundingMode.HALF_EVEN));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** Dollars and cents for display, e.g. "$0.65"; sums stay exact underneath. */
    public String toDisplayString() {
        return "$" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }
}
