package org.convene.coordination.panel.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The chair records the agencies present at a meeting and those that sent apologies. */
@RequiresRole({Roles.PANEL_CHAIR})
public record RecordPanelAttendanceCommand(@TargetAggregateIdentifier String meetingId, List<String> agenciesPresent,
                                           List<String> apologies) {
}
