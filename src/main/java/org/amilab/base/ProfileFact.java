package org.amilab.base;

/** One fact about the signed-in user that a feature other than accounts owns, for their profile page. */
public record ProfileFact(String id, String label, String value, String explanation) {
}
