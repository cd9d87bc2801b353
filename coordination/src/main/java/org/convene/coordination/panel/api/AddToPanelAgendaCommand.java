package org.convene.coordination.panel.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The chair adds a young person with an open panel case to a meeting's agenda, with the reason. */
@RequiresRole({Roles.PANEL_CHAIR})
public record AddToPanelAgendaCommand(@TargetAggregateIdentifier String meetingId, String childId, String reason) {
}
