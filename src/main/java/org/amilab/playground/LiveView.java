package org.amilab.playground;

import java.util.Optional;
import org.amilab.simulator.CostSeries;

/** A page's once-a-second look at a playground: the view and the cost growth of the charts it shows, read together. */
public record LiveView(PlaygroundView view, ChartsOnScreen charts, Optional<CostSeries> playgroundCosts,
                       Optional<CostSeries> instanceCosts) {
}
