package org.amilab.simulator;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;

/**
 * Illustrative list prices (USD, on-demand, Linux). Compute and storage prices are quoted for
 * {@code baseRegion}; another region's price is the base price times that region's multiplier.
 * Marketplace software charges are the seller's and belong to the AMI, so no multiplier applies.
 * A storage month is {@code hoursPerMonth} hours (730 = 365 days × 24 h / 12, the convention of
 * the AWS pricing calculator).
 */
public record PriceBook(
        String currency,
        String asOf,
        int hoursPerMonth,
        String baseRegion,
        Map<String, BigDecimal> regionMultipliers,
        Map<String, BigDecimal> instanceHourlyUsd,
        Map<VolumeType, BigDecimal> ebsGbMonthUsd,
        BigDecimal snapshotGbMonthUsd,
        BigDecimal s3GbMonthUsd) {

    public PriceBook {
        Require.that("USD".equals(currency), "prices must be in USD");
        Require.text(asOf, "asOf");
        Require.positive(hoursPerMonth, "hoursPerMonth");
        Require.text(baseRegion, "baseRegion");
        regionMultipliers = Map.copyOf(Require.present(regionMultipliers, "regionMultipliers"));
        instanceHourlyUsd = Map.copyOf(Require.present(instanceHourlyUsd, "instanceHourlyUsd"));
        ebsGbMonthUsd = Map.copyOf(Require.present(ebsGbMonthUsd, "ebsGbMonthUsd"));
        Require.present(snapshotGbMonthUsd, "snapshotGbMonthUsd");
        Require.present(s3GbMonthUsd, "s3GbMonthUsd");
        Require.that(BigDecimal.ONE.compareTo(regionMultipliers.getOrDefault(baseRegion, BigDecimal.ZERO)) == 0,
                "the base region's multiplier must be 1");
        Require.that(ebsGbMonthUsd.keySet().containsAll(EnumSet.allOf(VolumeType.class)), "every volume type needs a price");
        Require.that(allPositive(regionMultipliers) && allPositive(instanceHourlyUsd) && allPositive(ebsGbMonthUsd)
                && snapshotGbMonthUsd.signum() > 0 && s3GbMonthUsd.signum() > 0, "prices and multipliers must be positive");
    }

    private static boolean allPositive(Map<?, BigDecimal> values) {
        return values.values().stream().allMatch(v -> v.signum() > 0);
    }

    public BigDecimal hourlyRate(String instanceType, String region) {
        BigDecimal base = instanceHourlyUsd.get(instanceType);
        Require.that(base != null, "no price for instance type " + instanceType);
        return regional(base, region);
    }

    public BigDecimal ebsRate(VolumeType volumeType, String region) {
        return regional(ebsGbMonthUsd.get(volumeType), region);
    }

    public BigDecimal snapshotRate(String region) {
        return regional(snapshotGbMonthUsd, region);
    }

    public BigDecimal s3Rate(String region) {
        return regional(s3GbMonthUsd, region);
    }

    public boolean covers(String region) {
        return regionMultipliers.containsKey(region);
    }

    public boolean prices(String instanceType) {
        return instanceHourlyUsd.containsKey(instanceType);
    }

    private BigDecimal regional(BigDecimal base, String region) {
        BigDecimal multiplier = regionMultipliers.get(region);
        Require.that(multiplier != null, "no price multiplier for region " + region);
        return base.multiply(multiplier);
    }
}
