package org.amilab.content;

import org.amilab.simulator.Catalog;
import org.amilab.simulator.PriceBook;

/** Everything in content/, checked together: the course, the playground's data and what its refusals mean. */
record LoadedContent(Course course, Catalog catalog, PriceBook prices, RefusalsFile refusals) {
}
