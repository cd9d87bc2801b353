package org.convene.coordination.panel.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.convene.coordination.shared.api.RecordedBy;

/** A panel meeting was scheduled. Permanent. {@code startTime} and {@code location} may be {@code null}. */
public record PanelMeetingScheduledEvent(
        String meetingId,
        LocalDate meetingDate,
        LocalTime startTime,
        String chairName,
        String location,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
