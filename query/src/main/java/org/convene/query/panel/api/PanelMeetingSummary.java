package org.convene.query.panel.api;

import java.time.LocalDate;
import java.time.LocalTime;

/** A scheduled panel meeting. */
public record PanelMeetingSummary(String meetingId, LocalDate meetingDate, LocalTime startTime, String chairName,
                                  String location, int discussed) {
}
