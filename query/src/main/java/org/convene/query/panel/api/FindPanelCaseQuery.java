package org.convene.query.panel.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** A young person's panel case. Result: {@code PanelCaseDetails}, or {@code null} when the young person was never referred. */
@RequiresRole({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER})
public record FindPanelCaseQuery(String childId) {
}
