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
    private static final long SECONDS_PER_HOUR = 3600;
    /** Digits of an unscaled rate that surely fit in a long. */
    private static final int MAX_LONG_DIGITS = 18;
    private static final long[] TEN_POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L};

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        amount = Require.present(amount, "amount").setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    public static Money of(String dollars) {
        return new Money(new BigDecimal(dollars));
    }

    /** What {@code seconds} of a price quoted per hour come to. */
    public static Money forSeconds(BigDecimal perHour, long seconds) {
        return ofQuotient(perHour, seconds, SECONDS_PER_HOUR);
    }

    /** What storing {@code gib} for {@code seconds} comes to at a price per GB-month of {@code hoursPerMonth}. */
    public static Money forStorage(BigDecimal perGbMonth, int gib, long seconds, int hoursPerMonth) {
        return ofQuotient(perGbMonth.multiply(BigDecimal.valueOf(gib)), seconds, SECONDS_PER_HOUR * hoursPerMonth);
    }

    /**
     * {@code rate × quantity ÷ divisor} rounded half-even to {@link #SCALE} places. Cost evaluation
     * calls this thousands of times, and BigDecimal division is its most expensive step, so the
     * same exact quotient is computed in long arithmetic when the numbers fit; otherwise (or for a
     * rate with more than {@link #SCALE} decimals) BigDecimal does it. Both give identical results.
     */
    private static Money ofQuotient(BigDecimal rate, long quantity, long divisor) {
        if (quantity == 0 || rate.signum() == 0) {
            return ZERO;
        }
        if (rate.scale() <= SCALE && rate.scale() >= 0 && rate.precision() <= MAX_LONG_DIGITS) {
            try {
                long scaledRate = Math.multiplyExact(rate.unscaledValue().longValue(), TEN_POWERS[SCALE - rate.scale()]);
                return new Money(BigDecimal.valueOf(roundedQuotient(scaledRate, quantity, divisor), SCALE));
            } catch (ArithmeticException tooLargeForLong) {
                // falls through to BigDecimal, which has no such limit
            }
        }
        BigDecimal exact = rate.multiply(BigDecimal.valueOf(quantity));
        return new Money(exact.divide(BigDecimal.valueOf(divisor), SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * {@code a × b ÷ d} rounded half-even, for {@code b ≥ 0} and {@code d > 0}. Splitting
     * {@code b = q·d + r} keeps the intermediate products small: {@code a·b/d = a·q + a·r/d}.
     * Throws ArithmeticException if a product still does not fit in a long.
     */
    static long roundedQuotient(long a, long b, long d) {
        long whole = Math.multiplyExact(a, b / d);
        long rest = Math.multiplyExact(a, b % d);
        long truncated = Math.addExact(whole, Math.floorDiv(rest, d));
        long twiceRemainder = Math.multiplyExact(Math.floorMod(rest, d), 2L);
        boolean roundUp = twiceRemainder > d || twiceRemainder == d && (truncated & 1L) != 0;
        return roundUp ? Math.addExact(truncated, 1L) : truncated;
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
