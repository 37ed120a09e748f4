package org.amilab.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void anHourAtAnHourlyPriceIsThatPrice() {
        assertThat(Money.forSeconds(new BigDecimal("0.0104"), 3600)).isEqualTo(Money.of("0.0104"));
        assertThat(Money.forSeconds(new BigDecimal("0.0104"), 1800)).isEqualTo(Money.of("0.0052"));
    }

    @Test
    void aMonthOfStorageAtAPricePerGbMonthIsThatPriceTimesTheSize() {
        assertThat(Money.forStorage(new BigDecimal("0.08"), 8, 730L * 3600, 730)).isEqualTo(Money.of("0.64"));
    }

    @Test
    void equalityIgnoresHowTheAmountWasWritten() {
        assertThat(Money.of("0.10")).isEqualTo(Money.of("0.1")).isEqualTo(new Money(new BigDecimal("1E-1")));
        assertThat(Money.of("1.005").toDisplayString()).isEqualTo("$1.01");
        assertThat(Money.of("0.3").minus(Money.of("0.1")).plus(Money.of("0.1"))).isEqualTo(Money.of("0.3"));
    }

    @Test
    void priceBookAppliesTheRegionMultiplierToAwsPricesOnly() {
        PriceBook prices = TestCatalog.PRICES;

        assertThat(prices.hourlyRate("m5.large", "eu-central-1")).isEqualByComparingTo("0.1152");
        assertThat(prices.ebsRate(VolumeType.GP3, "ap-northeast-1")).isEqualByComparingTo("0.1032");
        assertThat(prices.snapshotRate("us-east-1")).isEqualByComparingTo("0.05");
        assertThat(prices.s3Rate("us-west-2")).isEqualByComparingTo("0.023");
    }

    @Test
    void idsHaveTheEc2ShapeAndComeFromTheInjectedRandomness() {
        ResourceIds ids = new ResourceIds(new Random(5));
        Set<String> made = IntStream.range(0, 200).mapToObj(i -> ids.next(ResourceIds.VOLUME, id -> false))
                .collect(Collectors.toSet());

        assertThat(made).hasSize(200).allMatch(id -> id.matches("vol-[0-9a-f]{17}"));
        assertThat(new ResourceIds(new Random(5)).next(ResourceIds.AMI, id -> false))
                .isEqualTo(new ResourceIds(new Random(5)).next(ResourceIds.AMI, id -> false));
        assertThat(ResourceIds.wellFormed(ResourceIds.AMI, "ami-0123456789abcdef0")).isTrue();
        assertThat(ResourceIds.wellFormed(ResourceIds.AMI, "ami-12345678")).isTrue();
        assertThat(ResourceIds.wellFormed(ResourceIds.AMI, "ami-0123456789ABCDEF0")).isFalse();
        assertThat(ResourceIds.wellFormed(ResourceIds.INSTANCE, "ami-0123456789abcdef0")).isFalse();
    }

    @Test
    void aTakenIdIsNeverHandedOutAgain() {
        String first = new ResourceIds(new Random(9)).next(ResourceIds.INSTANCE, id -> false);

        String second = new ResourceIds(new Random(9)).next(ResourceIds.INSTANCE, first::equals);

        assertThat(second).isNotEqualTo(first);
    }
}
