package org.amilab.content;

/**
 * A place in a lesson that matches a search. The snippet is split around the match so a view can
 * highlight it without trusting any HTML.
 */
public record SearchHit(Lesson lesson, String sectionTitle, String anchor, String before, String match, String after) {
}
