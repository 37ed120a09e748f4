package org.amilab.content;

import java.time.Instant;
import org.amilab.simulator.PriceBook;

/** The price book of {@code content/pricing/} and the real instant it came into force: when it was first loaded as it is. */
public record PricesInForce(PriceBook book, Instant since) {
}
