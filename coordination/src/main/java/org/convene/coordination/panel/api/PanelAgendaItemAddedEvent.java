package org.convene.coordination.panel.api;

import java.time.Instant;
import java.time.LocalDate;

import org.convene.coordination.shared.api.RecordedBy;

/** The chair added a young person to a meeting's agenda (beyond new referrals and due reviews). Permanent. */
public record PanelAgendaItemAddedEvent(
        String meetingId,
        LocalDate meetingDate,
        String childId,
        String reason,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
