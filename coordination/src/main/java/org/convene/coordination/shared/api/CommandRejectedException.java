package org.convene.coordination.shared.api;

import java.util.List;

/**
 * A command broke a business rule or carried invalid input. Nothing was recorded. The message is
 * written for the person who sent the command; {@link #problems()} lists every problem found.
 */
public class CommandRejectedException extends RuntimeException {

    private final List<String> problems;

    public CommandRejectedException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public CommandRejectedException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
