package org.amilab.content;

import org.amilab.simulator.Catalog;
import org.amilab.simulator.PriceBook;

/** Everything in content/, checked together: the course and the playground's data. */
record LoadedContent(Course course, Catalog catalog, PriceBook prices) {
}
