package org.amilab.simulator;

/**
 * What a launch would cost while its instances run, before anything is launched: compute and
 * software per running hour, and EBS storage, which is billed per GB-month whatever the state:
 * the root, the AMI's own extra volumes and those the launch adds.
 */
public record LaunchEstimate(Money perRunningHour, Money storagePerMonth, Money perMonthRunning) {

    private static final long SECONDS_PER_HOUR = 3600;

    public static LaunchEstimate of(PriceBook prices, Ami ami, LaunchRequest request) {
        int count = Math.max(request.count(), 1);
        long hour = SECONDS_PER_HOUR;
        long month = SECONDS_PER_HOUR * prices.hoursPerMonth();
        Money compute = Money.forSeconds(prices.hourlyRate(request.instanceType(), request.region())
                .add(ami.softwareHourlyUsd()), hour);
        Money storage = Money.ZERO;
        if (ami.rootDeviceType() == RootDeviceType.EBS) {
            var root = ami.rootMapping().orElseThrow().ebsVolume();
            storage = storage.plus(Money.forStorage(prices.ebsRate(request.rootVolumeType().orElse(root.volumeType()),
                    request.region()), request.rootVolumeSizeGiB().orElse(root.volumeSize()), month, prices.hoursPerMonth()));
        }
        for (BlockDeviceMapping mapping : LaunchPlanner.merged(ami, request.blockDeviceMappings())) {
            if (mapping.isEbs()) {
                storage = storage.plus(Money.forStorage(prices.ebsRate(mapping.ebsVolume().volumeType(), request.region()),
                        mapping.ebsVolume().volumeSize(), month, prices.hoursPerMonth()));
            }
        }
        Money perHour = times(compute, count);
        Money storagePerMonth = times(storage, count);
        Money computePerMonth = times(Money.forSeconds(prices.hourlyRate(request.instanceType(), request.region())
                .add(ami.softwareHourlyUsd()), month), count);
        return new LaunchEstimate(perHour, storagePerMonth, computePerMonth.plus(storagePerMonth));
    }

    private static Money times(Money money, int count) {
        return new Money(money.amount().multiply(java.math.BigDecimal.valueOf(count)));
    }
}
