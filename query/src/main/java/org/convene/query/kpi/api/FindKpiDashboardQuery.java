package org.convene.query.kpi.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The KPI dashboard for a period with an optional breakdown: aggregates only. */
@RequiresRole({Roles.ANALYST, Roles.ADMINISTRATOR, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR})
public record FindKpiDashboardQuery(KpiPeriod period, Breakdown breakdown) {
}
