package org.convene.coordination.panel.api;

import java.time.Instant;
import java.time.LocalDate;

import org.convene.coordination.shared.api.RecordedBy;

/**
 * The chair deferred a young person's item from a meeting's agenda, with the reason. The item stays
 * due and comes up at the next meeting. Permanent.
 */
public record PanelAgendaItemDeferredEvent(
        String meetingId,
        LocalDate meetingDate,
        String childId,
        String reason,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
