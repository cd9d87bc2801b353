package org.convene.query.kpi.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The child population and targets in use (the defaults until an administrator sets them). */
@RequiresRole({Roles.ANALYST, Roles.ADMINISTRATOR, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR})
public record FindKpiSettingsQuery() {
}
