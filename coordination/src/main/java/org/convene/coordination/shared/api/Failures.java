package org.convene.coordination.shared.api;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.axonframework.commandhandling.CommandExecutionException;

/** What went wrong when a command or query was sent: the failure under the gateway's wrapping. */
public final class Failures {

    private Failures() {
    }

    /**
     * The cause a person or a caller can act on: strips {@link CommandExecutionException},
     * {@link CompletionException} and {@link ExecutionException} (as many as wrap it).
     */
    public static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CommandExecutionException || e instanceof CompletionException
                || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
