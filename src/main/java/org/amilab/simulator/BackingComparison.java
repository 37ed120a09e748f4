package org.amilab.simulator;

import java.math.BigDecimal;

/**
 * The same instance priced as EBS-backed and as instance store-backed for a month, used all month
 * or only during working hours. An EBS-backed instance can be stopped outside working hours and
 * pays only for its volume then; an instance store-backed one cannot be stopped, so keeping it
 * means paying for every hour.
 */
public record BackingComparison(Money ebsAllMonth, Money ebsWorkingHours, Money instanceStoreAllMonth,
        Money instanceStoreWorkingHours) {

    /** Eight hours on each of 22 working days. */
    public static final int WORKING_HOURS_PER_MONTH = 8 * 22;

    public static BackingComparison of(PriceBook prices, String region, String instanceType, int rootGiB,
            VolumeType rootVolumeType, BigDecimal softwarePerHour) {
        BigDecimal perHour = prices.hourlyRate(instanceType, region).add(softwarePerHour);
        long secondsPerMonth = 3600L * prices.hoursPerMonth();
        Money allMonth = Money.forSeconds(perHour, secondsPerMonth);
        Money workingHours = Money.forSeconds(perHour, 3600L * WORKING_HOURS_PER_MONTH);
        Money rootVolume = Money.forStorage(prices.ebsRate(rootVolumeType, region), rootGiB, secondsPerMonth,
                prices.hoursPerMonth());
        return new BackingComparison(allMonth.plus(rootVolume), workingHours.plus(rootVolume), allMonth, allMonth);
    }
}
