package org.amilab.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaunchEstimateTest {

    @Test
    void twoT3MicroWithEightGibGp3RootsInUsEast1() {
        var request = LaunchRequest.of(TestCatalog.US_EAST_1, TestCatalog.AL2023_X86.id(), "t3.micro").withCount(2)
                .withRootVolumeSize(8).withRootVolumeType(VolumeType.GP3);
        var estimate = LaunchEstimate.of(TestCatalog.PRICES, TestCatalog.AL2023_X86, request);
        // 2 × $0.0104 per hour; 2 × 8 GiB × $0.08 per GB-month = $1.28; 730 h × $0.0208 = $15.184
        assertThat(estimate.perRunningHour()).isEqualTo(Money.of("0.0208"));
        assertThat(estimate.storagePerMonth()).isEqualTo(Money.of("1.28"));
        assertThat(estimate.perMonthRunning()).isEqualTo(Money.of("16.464"));
    }

    @Test
    void theAmisOwnDataVolumeIsCountedAndAVolumeOfTheSameDeviceReplacesIt() {
        var request = LaunchRequest.of(TestCatalog.US_EAST_1, TestCatalog.ACME_MARKETPLACE.id(), "t3.micro");
        // root 10 GiB gp3 + the AMI's 20 GiB gp3 on /dev/sdf: 30 × $0.08 = $2.40
        assertThat(LaunchEstimate.of(TestCatalog.PRICES, TestCatalog.ACME_MARKETPLACE, request).storagePerMonth())
                .isEqualTo(Money.of("2.40"));

        var replaced = request.withMapping(BlockDeviceMapping.ebs("/dev/sdf", EbsBlockDevice.blank(5, VolumeType.GP3, true)))
                .withMapping(BlockDeviceMapping.ebs("/dev/sdg", EbsBlockDevice.blank(100, VolumeType.GP2, true)));
        // 10 + 5 GiB gp3 × $0.08 = $1.20, and 100 GiB gp2 × $0.10 = $10
        assertThat(LaunchEstimate.of(TestCatalog.PRICES, TestCatalog.ACME_MARKETPLACE, replaced).storagePerMonth())
                .isEqualTo(Money.of("11.20"));
    }
}
