package org.convene.query.referral.api;

import java.time.Instant;
import java.time.LocalDate;

/** An action agreed at screening and how it stands. */
public record ActionView(String actionId, String referralId, String description, String ownerAgencyId,
                         LocalDate dueDate, String decisionId, boolean done, String outcome, String completedBy,
                         Instant completedAt) {

    public boolean overdue(LocalDate today) {
        return !done && dueDate != null && dueDate.isBefore(today);
    }
}
