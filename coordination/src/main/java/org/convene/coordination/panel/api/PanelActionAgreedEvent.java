package org.convene.coordination.panel.api;

import java.time.Instant;
import java.time.LocalDate;

import org.convene.coordination.shared.api.RecordedBy;

/** The panel agreed an action for a young person at a discussion. Permanent. */
public record PanelActionAgreedEvent(
        String childId,
        String caseId,
        String actionId,
        String discussionId,
        String meetingId,
        ActionHeading heading,
        String description,
        String ownerAgencyId,
        LocalDate dueDate,
        LocalDate agreedOn,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
