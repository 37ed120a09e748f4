package org.amilab.content;

import java.util.Set;

/**
 * Which lessons the signed-in learner has finished. The progress feature implements it; content
 * only declares what its pages need, so the two features do not depend on each other both ways.
 */
public interface LessonCompletion {

    /** False for visitors, who can read but have no progress to keep. */
    boolean canTrack();

    Set<String> doneLessonIds();

    void setDone(String lessonId, boolean done);
}
