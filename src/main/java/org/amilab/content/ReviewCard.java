package org.amilab.content;

/**
 * One key takeaway to recall: a question on the front, the answer on the back. A card written
 * with a reverse side is two review cards, the second with the id {@code <id>/reverse}.
 */
public record ReviewCard(String id, String front, String back, LessonSection section) {

    static final String REVERSE = "/reverse";

    /** The lesson the card's fact is taught in. */
    public String lessonId() {
        return section.lessonId();
    }
}
