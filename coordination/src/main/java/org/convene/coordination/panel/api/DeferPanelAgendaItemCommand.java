package org.convene.coordination.panel.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The chair defers a young person's item to a later meeting. A reason is required. */
@RequiresRole({Roles.PANEL_CHAIR})
public record DeferPanelAgendaItemCommand(@TargetAggregateIdentifier String meetingId, String childId,
                                          String reason) {
}
