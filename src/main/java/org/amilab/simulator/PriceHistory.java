package org.amilab.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The price books a playground has been billed with, each from a simulated instant until the next
 * one: usage is charged at the prices in force when it happened, so an edited price book changes
 * what comes next and never a charge already shown. The first book covers everything before the second.
 */
public record PriceHistory(List<Epoch> epochs) {

    public record Epoch(Instant from, PriceBook prices) {

        public Epoch {
            Require.present(from, "from");
            Require.present(prices, "prices");
        }
    }

    public PriceHistory {
        epochs = List.copyOf(epochs);
        Require.that(!epochs.isEmpty(), "a playground is always billed at some prices");
        for (int i = 1; i < epochs.size(); i++) {
            Require.that(epochs.get(i).from().isAfter(epochs.get(i - 1).from()), "price books must follow each other in time");
        }
    }

    public static PriceHistory of(PriceBook prices, Instant from) {
        return new PriceHistory(List.of(new Epoch(from, prices)));
    }

    public PriceBook latest() {
        return epochs.get(epochs.size() - 1).prices();
    }

    /**
     * This history with {@code prices} in force from {@code from} on; unchanged if they already are.
     * A book that comes in at the instant the latest one did replaces it: nothing was used at those prices.
     */
    public PriceHistory inForceFrom(Instant from, PriceBook prices) {
        if (latest().equals(prices)) {
            return this;
        }
        Epoch last = epochs.get(epochs.size() - 1);
        Instant start = from.isAfter(last.from()) ? from : last.from();
        List<Epoch> next = new ArrayList<>(epochs);
        if (start.equals(last.from())) {
            next.remove(next.size() - 1);
        }
        next.add(new Epoch(start, prices));
        return new PriceHistory(next);
    }
}
