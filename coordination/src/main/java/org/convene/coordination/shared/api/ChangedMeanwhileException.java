package org.convene.coordination.shared.api;

import java.time.Instant;

/**
 * A command was sent from a screen that no longer showed the record as it stands: someone changed
 * it meanwhile in a way that conflicts with this command. Nothing was recorded. The message names
 * the change, who made it (user and agency) and when, for the person who sent the command.
 */
public class ChangedMeanwhileException extends CommandRejectedException {

    private final String change;
    private final String changedBy;
    private final String changedByAgency;
    private final Instant changedAt;

    public ChangedMeanwhileException(String message, String change, String changedBy, String changedByAgency,
                                     Instant changedAt) {
        super(message);
        this.change = change;
        this.changedBy = changedBy;
        this.changedByAgency = changedByAgency;
        this.changedAt = changedAt;
    }

    /** What was done meanwhile, e.g. "revised the decision". */
    public String change() {
        return change;
    }

    /** The login name of the user who made the change. */
    public String changedBy() {
        return changedBy;
    }

    /** The agency the change was recorded for (its id). */
    public String changedByAgency() {
        return changedByAgency;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
