package org.amilab.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The long-arithmetic path of {@link Money} must give exactly what BigDecimal division gives. */
class MoneyProperties {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    @Property(tries = 2000)
    void forSecondsIsTheExactQuotientRoundedHalfEven(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long unscaledRate,
                                                     @ForAll @IntRange(min = 0, max = 14) int scale,
                                                     @ForAll @LongRange(min = 0, max = 400L * 365 * 24 * 3600) long seconds) {
        BigDecimal rate = BigDecimal.valueOf(unscaledRate, scale);
        BigDecimal expected = rate.multiply(BigDecimal.valueOf(seconds)).divide(SECONDS_PER_HOUR, Money.SCALE, RoundingMode.HALF_EVEN);
        assertThat(Money.forSeconds(rate, seconds)).isEqualTo(new Money(expected));
    }

    @Property(tries = 2000)
    void smallRatesTakeTheLongPathAndStayExact(@ForAll @LongRange(min = 1, max = 10_000_000) long unscaledRate,
                                               @ForAll @IntRange(min = 0, max = 10) int scale,
                                               @ForAll @LongRange(min = 0, max = 40L * 365 * 24 * 3600) long seconds,
                                               @ForAll @IntRange(min = 1, max = 65_536) int gib) {
        BigDecimal rate = BigDecimal.valueOf(unscaledRate, scale);
        BigDecimal hour = rate.multiply(BigDecimal.valueOf(seconds)).divide(SECONDS_PER_HOUR, Money.SCALE, RoundingMode.HALF_EVEN);
        assertThat(Money.forSeconds(rate, seconds)).isEqualTo(new Money(hour));
        BigDecimal secondsPerMonth = SECONDS_PER_HOUR.multiply(BigDecimal.valueOf(730));
        BigDecimal stored = rate.multiply(BigDecimal.valueOf(gib)).multiply(BigDecimal.valueOf(seconds))
                .divide(secondsPerMonth, Money.SCALE, RoundingMode.HALF_EVEN);
        assertThat(Money.forStorage(rate, gib, seconds, 730)).isEqualTo(new Money(stored));
    }

    @Property(tries = 2000)
    void roundedQuotientMatchesBigDecimal(@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long a,
                                          @ForAll @LongRange(min = 0, max = 1_000_000_000L) long b,
                                          @ForAll @LongRange(min = 1, max = 10_000_000L) long d) {
        BigDecimal expected = BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(b))
                .divide(BigDecimal.valueOf(d), 0, RoundingMode.HALF_EVEN);
        assertThat(Money.roundedQuotient(a, b, d)).isEqualTo(expected.longValueExact());
    }
}
