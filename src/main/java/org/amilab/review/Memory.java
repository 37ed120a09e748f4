package org.amilab.review;

/**
 * FSRS's model of how a card is remembered: stability (days until recall drops to 90 %) and
 * difficulty (1 to 10).
 */
public record Memory(double stability, double difficulty) {
}
