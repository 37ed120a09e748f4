package org.amilab.content;

import java.util.Map;

/**
 * The signed-in learner's mastery level of each lesson, in words, for the course outline. The
 * progress feature implements it (it depends on content, not the other way round).
 */
public interface LessonLevels {

    /** Level names by lesson id, for lessons the learner has started; empty for a visitor. */
    Map<String, String> levelsByLesson();
}
