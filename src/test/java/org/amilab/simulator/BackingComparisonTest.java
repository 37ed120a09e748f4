package org.amilab.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BackingComparisonTest {

    @Test
    void stoppingOutsideWorkingHoursOnlyPaysOffWithAnEbsRoot() {
        var comparison = BackingComparison.of(TestCatalog.PRICES, TestCatalog.US_EAST_1, "m5.large", 8, VolumeType.GP3,
                BigDecimal.ZERO);
        // m5.large $0.096/h: 730 h = $70.08, 176 h = $16.896; 8 GiB gp3 at $0.08 = $0.64 a month
        assertThat(comparison.ebsAllMonth()).isEqualTo(Money.of("70.72"));
        assertThat(comparison.ebsWorkingHours()).isEqualTo(Money.of("17.536"));
        assertThat(comparison.instanceStoreAllMonth()).isEqualTo(Money.of("70.08"));
        assertThat(comparison.instanceStoreWorkingHours()).as("it cannot stop, so it runs all month")
                .isEqualTo(comparison.instanceStoreAllMonth());
    }
}
