package org.amilab.simulator;

import static org.amilab.simulator.PlaygroundFixture.ALICE;
import static org.amilab.simulator.TestCatalog.AL2023_X86;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An edited price book changes what comes next, never what was already charged. */
class PriceChangeTest {

    /** The test book with every instance type at twice its price. */
    private static final PriceBook DOUBLED = doubledCompute(TestCatalog.PRICES);

    private final PlaygroundFixture fixture = new PlaygroundFixture();
    private Instant priceChange;
    private Money chargedBeforeTheChange;

    @BeforeEach
    void runAnInstanceForTenHours() {
        fixture.running(AL2023_X86, "t3.micro");
        fixture.advance(Duration.ofHours(10));
        priceChange = fixture.now();
        chargedBeforeTheChange = fixture.playground.costsSoFar().total();
    }

    @Test
    void whatWasChargedBeforeTheBookChangedKeepsItsPrice() {
        Playground repriced = restoredWithDoubledPricesSinceNow();

        assertThat(repriced.costsSoFar().total()).isEqualTo(chargedBeforeTheChange);
        repriced.advanceClock(ALICE, Duration.ofHours(10)).value();
        assertThat(repriced.costs(repriced.startedAt(), priceChange).total()).isEqualTo(chargedBeforeTheChange);
    }

    @Test
    void usageAfterTheChangeIsChargedAtTheNewPrices() {
        Playground repriced = restoredWithDoubledPricesSinceNow();
        Playground unchanged = fixture.playground;

        repriced.advanceClock(ALICE, Duration.ofHours(10)).value();
        unchanged.advanceClock(ALICE, Duration.ofHours(10)).value();

        Money newCompute = repriced.costs(priceChange, repriced.now()).total(CostCategory.COMPUTE);
        Money oldCompute = unchanged.costs(priceChange, unchanged.now()).total(CostCategory.COMPUTE);
        assertThat(newCompute).isEqualTo(oldCompute.plus(oldCompute)).isEqualTo(Money.of("0.208"));
        assertThat(repriced.costs(priceChange, repriced.now()).total(CostCategory.EBS))
                .as("volumes were not repriced").isEqualTo(unchanged.costs(priceChange, unchanged.now()).total(CostCategory.EBS));
        assertThat(repriced.costSeries(repriced.now(), 3).points().get(2).spent().get(CostCategory.COMPUTE))
                .isEqualTo(repriced.costsSoFar().total(CostCategory.COMPUTE));
    }

    @Test
    void theFutureIsProjectedAtTheBookInForce() {
        Playground repriced = restoredWithDoubledPricesSinceNow();

        Money projected = repriced.monthlyProjection().total(CostCategory.COMPUTE);

        assertThat(projected).isEqualTo(Money.forSeconds(new BigDecimal("0.0208"), 730L * 3600));
    }

    @Test
    void everyReadAndTheNextActionPlaceTheChangeAtTheSameSimulatedInstant() {
        SimulatorEnvironment edited = environment(DOUBLED, fixture.realClock.instant());
        PlaygroundState stored = fixture.playground.state();

        fixture.realClock.advance(Duration.ofSeconds(5));
        PriceHistory seenByAReadSoon = Playground.restore(edited, stored).state().prices();
        fixture.realClock.advance(Duration.ofMinutes(5));
        Playground actedOnLater = Playground.restore(edited, stored);
        actedOnLater.advanceClock(ALICE, Duration.ofHours(1)).value();

        assertThat(actedOnLater.state().prices()).isEqualTo(seenByAReadSoon);
        assertThat(seenByAReadSoon.epochs()).extracting(PriceHistory.Epoch::from)
                .containsExactly(fixture.playground.startedAt(), priceChange);
        assertThat(Playground.restore(edited, actedOnLater.state()).state().prices())
                .as("a book already in force is not added again").isEqualTo(seenByAReadSoon);
    }

    @Test
    void onAFastClockTheChangeFallsWhereTheClockWasWhenTheBookCameIn() {
        fixture.playground.setSpeed(ALICE, 3600).value();
        Instant speededUp = fixture.now();
        fixture.realClock.advance(Duration.ofSeconds(2));
        Instant bookLoaded = fixture.realClock.instant();
        fixture.realClock.advance(Duration.ofSeconds(3));

        Playground repriced = Playground.restore(environment(DOUBLED, bookLoaded), fixture.playground.state());

        assertThat(repriced.now()).isEqualTo(speededUp.plus(Duration.ofHours(5)));
        assertThat(repriced.state().prices().epochs().get(1).from()).isEqualTo(speededUp.plus(Duration.ofHours(2)));
    }

    @Test
    void foldingAfterAChangeKeepsBothPricesCharges() {
        Playground repriced = restoredWithDoubledPricesSinceNow();
        String instanceId = repriced.instances().get(0).id();
        repriced.advanceClock(ALICE, Duration.ofHours(10)).value();
        Money beforeFolding = repriced.costsSoFar().total();
        Instant terminated = repriced.now();
        repriced.terminate(ALICE, instanceId).value();

        repriced.advanceClock(ALICE, Duration.ofHours(2)).value();

        assertThat(repriced.instance(instanceId)).as("folded").isEmpty();
        assertThat(repriced.costs(repriced.startedAt(), terminated).total()).isEqualTo(beforeFolding);
        assertThat(repriced.costs(repriced.startedAt(), priceChange).total()).isEqualTo(chargedBeforeTheChange);
    }

    private Playground restoredWithDoubledPricesSinceNow() {
        return fixture.repricedNow(DOUBLED).playground;
    }

    private SimulatorEnvironment environment(PriceBook prices, Instant since) {
        return new SimulatorEnvironment(TestCatalog.catalog(), prices, since, fixture.realClock, new Random(7));
    }

    private static PriceBook doubledCompute(PriceBook book) {
        Map<String, BigDecimal> doubled = new HashMap<>();
        book.instanceHourlyUsd().forEach((type, price) -> doubled.put(type, price.multiply(BigDecimal.valueOf(2))));
        return TestCatalog.edited(book, "2026-12", doubled);
    }
}
