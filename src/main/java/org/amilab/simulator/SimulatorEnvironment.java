package org.amilab.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * What a playground needs from outside: the shared catalog, the prices in force and the real instant
 * they came into force ({@code pricesSince}), the real clock (time is read, never waited for) and the
 * source of randomness for ids (seeded in tests).
 */
public record SimulatorEnvironment(Catalog catalog, PriceBook prices, Instant pricesSince, Clock realClock,
                                   RandomGenerator random) {

    /** Prices that have always been in force. */
    public SimulatorEnvironment(Catalog catalog, PriceBook prices, Clock realClock, RandomGenerator random) {
        this(catalog, prices, Instant.MIN, realClock, random);
    }

    public SimulatorEnvironment {
        Require.present(catalog, "catalog");
        Require.present(prices, "prices");
        Require.present(pricesSince, "pricesSince");
        Require.present(realClock, "realClock");
        Require.present(random, "random");
        catalog.regions().forEach(r -> Require.that(prices.covers(r.code()), "no price multiplier for region " + r.code()));
        catalog.instanceTypes().forEach(t -> Require.that(prices.prices(t.name()), "no price for instance type " + t.name()));
    }
}
