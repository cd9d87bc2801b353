package org.convene.coordination.panel.api;

import java.time.LocalDate;
import java.time.LocalTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The panel chair schedules a meeting. {@code startTime} and {@code location} are optional. */
@RequiresRole({Roles.PANEL_CHAIR})
public record SchedulePanelMeetingCommand(@TargetAggregateIdentifier String meetingId, LocalDate meetingDate,
                                          LocalTime startTime, String chairName, String location) {
}
