package org.convene.coordination.shared.api;

import java.time.Instant;

/**
 * A command was sent from a screen that no longer showed the record as it stands: someone changed
 * it meanwhile in a way that conflicts with this command. Nothing was recorded. The message names
 * the change, who made it (user and agency) and when, for the person who sent the command.
 */
public class ChangedMeanwhileException extends CommandRejectedException {

    /**
     * The change made meanwhile.
     *
     * @param what what was done, e.g. "revised the decision"
     * @param by   who did it: the user's login name and the agency it was recorded for (its id)
     * @param at   when
     */
    public record Change(String what, RecordedBy by, Instant at) {
    }

    private final Change change;

    public ChangedMeanwhileException(String message, Change change) {
        super(message);
        this.change = change;
    }

    public Change change() {
        return change;
    }
}
