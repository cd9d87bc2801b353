package org.convene.coordination.panel.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.shared.api.RecordedBy;

/**
 * A young person's panel case was closed. Permanent.
 *
 * @param closedOn           the meeting date when closed at a discussion, else the day it was recorded
 * @param discussionId       the discussion that closed it, {@code null} when closed outside a meeting
 * @param withdrawnActionIds actions still open at closure: they are no longer expected
 */
public record PanelCaseClosedEvent(
        String childId,
        String caseId,
        ClosureReason reason,
        String note,
        LocalDate closedOn,
        String discussionId,
        String meetingId,
        List<String> withdrawnActionIds,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
