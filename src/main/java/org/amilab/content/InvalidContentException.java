package org.amilab.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown at start-up when content files are broken: the application does not start half-right. */
public class InvalidContentException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public InvalidContentException(List<ContentProblem> problems) {
        super("The course content has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n"
                + problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
