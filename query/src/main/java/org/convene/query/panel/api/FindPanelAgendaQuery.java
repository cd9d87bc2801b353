package org.convene.query.panel.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** A meeting's agenda. Result: {@code PanelAgenda}, or {@code null} for an unknown meeting. */
@RequiresRole({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER})
public record FindPanelAgendaQuery(String meetingId) {
}
