package org.amilab.content;

import java.util.List;
import java.util.Optional;

/**
 * A lesson's quiz: its bank of questions, how many of them one attempt asks, and the share of the
 * points needed to pass.
 */
public record Quiz(String lessonId, int passMark, int draw, List<Question> questions) {

    public Quiz {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst();
    }

    /** Whether an attempt asks only some of the bank, chosen at random each time. */
    public boolean drawsFromBank() {
        return draw < questions.size();
    }
}
