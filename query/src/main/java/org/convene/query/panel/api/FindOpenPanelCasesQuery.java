package org.convene.query.panel.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** Open panel cases, drifting first, then highest risk, then next review. Result: {@code List<PanelCaseSummary>}. */
@RequiresRole({Roles.PANEL_CHAIR, Roles.PANEL_MEMBER})
public record FindOpenPanelCasesQuery() {
}
