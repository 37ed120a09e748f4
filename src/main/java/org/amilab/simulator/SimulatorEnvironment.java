package org.amilab.simulator;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * What a playground needs from outside: the shared catalog and prices, the real clock (time is
 * read, never waited for) and the source of randomness for ids (seeded in tests).
 */
public record SimulatorEnvironment(Catalog catalog, PriceBook prices, Clock realClock, RandomGenerator random) {

    public SimulatorEnvironment {
        Require.present(catalog, "catalog");
        Require.present(prices, "prices");
        Require.present(realClock, "realClock");
        Require.present(random, "random");
        catalog.regions().forEach(r -> Require.that(prices.covers(r.code()), "no price multiplier for region " + r.code()));
        catalog.instanceTypes().forEach(t -> Require.that(prices.prices(t.name()), "no price for instance type " + t.name()));
    }
}
