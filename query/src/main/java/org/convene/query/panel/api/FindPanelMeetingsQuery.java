package org.convene.query.panel.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** Panel meetings, latest first. Result: {@code List<PanelMeetingSummary>}. */
@RequiresRole({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER})
public record FindPanelMeetingsQuery() {
}
