/** Lesson quizzes: drawing an attempt, scoring each kind of question, and every attempt kept for review. */
@NullMarked
package org.amilab.quiz;

import org.jspecify.annotations.NullMarked;
