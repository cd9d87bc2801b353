package org.convene.query.action.api;

import java.time.LocalDate;
import java.util.List;

/**
 * An open action with enough context to act on it. In live updates, {@code done} true means the
 * action has left the open list.
 */
public record OpenActionSummary(String actionId, String referralId, String description, String ownerAgencyId,
                                LocalDate dueDate, List<String> childNames, boolean done) {

    public boolean overdue(LocalDate today) {
        return !done && dueDate != null && dueDate.isBefore(today);
    }
}
