/** Taking a lesson's quiz, the result with its feedback, and the list of a learner's quizzes and attempts. */
@NullMarked
package org.amilab.quiz.ui;

import org.jspecify.annotations.NullMarked;
