package org.convene.coordination.panel.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The panel chair closes a young person's open case outside a meeting, with the reason. */
@RequiresRole({Roles.PANEL_CHAIR})
public record ClosePanelCaseCommand(String childId, ClosureReason reason, String note) {
}
