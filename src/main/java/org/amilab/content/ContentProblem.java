package org.amilab.content;

/** One thing wrong in a content file, said so that an instructor can go and fix it. */
public record ContentProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
