package org.convene.coordination.panel.api;

import java.time.Instant;
import java.time.LocalDate;

import org.convene.coordination.shared.api.RecordedBy;

/**
 * The owner agency marked a panel action done. Permanent.
 *
 * @param completedOn        when it was done (may be before it was recorded)
 * @param completedByDueDate whether {@code completedOn} is on or before {@code dueDate}
 */
public record PanelActionCompletedEvent(
        String childId,
        String caseId,
        String actionId,
        ActionHeading heading,
        String ownerAgencyId,
        LocalDate dueDate,
        LocalDate completedOn,
        boolean completedByDueDate,
        String outcome,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
