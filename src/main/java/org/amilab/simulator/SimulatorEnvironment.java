package org.amilab.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What a playground needs from outside: the shared catalog, the prices in force and the real instant
 * they came into force ({@code pricesSince}), the real clock (time is read, never waited for), the
 * source of randomness for ids (seeded in tests), and the AMIs other accounts let this one launch
 * ({@code sharedImages}: shared with it by id, or public), as their owners have them now, and the
 * EC2 Image Builder components its recipes may use.
 */
public record SimulatorEnvironment(Catalog catalog, PriceBook prices, Instant pricesSince, Clock realClock,
                                   RandomGenerator random, List<Ami> sharedImages, ComponentCatalog components) {

    /** Prices that have always been in force. */
    public SimulatorEnvironment(Catalog catalog, PriceBook prices, Clock realClock, RandomGenerator random) {
        this(catalog, prices, Instant.MIN, realClock, random);
    }

    /** Nothing shared by other accounts. */
    public SimulatorEnvironment(Catalog catalog, PriceBook prices, Instant pricesSince, Clock realClock,
                                RandomGenerator random) {
        this(catalog, prices, pricesSince, realClock, random, List.of(), new ComponentCatalog(List.of()));
    }

    public SimulatorEnvironment {
        Require.present(catalog, "catalog");
        Require.present(prices, "prices");
        Require.present(pricesSince, "pricesSince");
        Require.present(realClock, "realClock");
        Require.present(random, "random");
        sharedImages = Require.listOrEmpty(sharedImages);
        Require.present(components, "components");
        catalog.regions().forEach(r -> Require.that(prices.covers(r.code()), "no price multiplier for region " + r.code()));
        catalog.instanceTypes().forEach(t -> Require.that(prices.prices(t.name()), "no price for instance type " + t.name()));
    }
}
