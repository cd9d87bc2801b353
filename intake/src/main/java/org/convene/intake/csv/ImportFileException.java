package org.convene.intake.csv;

import java.util.List;

/** The file as a whole cannot be imported (not a CSV of the expected columns, too large): nothing was recorded. */
public class ImportFileException extends RuntimeException {

    private final List<String> problems;

    public ImportFileException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
