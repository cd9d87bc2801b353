package org.convene.coordination.panel.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.shared.api.RecordedBy;

/** Which agencies attended a panel meeting and which sent apologies (replaces an earlier record). Permanent. */
public record PanelMeetingAttendanceRecordedEvent(
        String meetingId,
        LocalDate meetingDate,
        List<String> agenciesPresent,
        List<String> apologies,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
