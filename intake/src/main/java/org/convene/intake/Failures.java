package org.convene.intake;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.axonframework.commandhandling.CommandExecutionException;

/** What really went wrong with a command or query sent through a gateway (the wrappers taken off). */
public final class Failures {

    private Failures() {
    }

    public static Throwable cause(Throwable error) {
        Throwable e = error;
        while ((e instanceof CommandExecutionException || e instanceof CompletionException
                || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
