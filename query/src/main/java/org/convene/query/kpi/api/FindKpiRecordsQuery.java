package org.convene.query.kpi.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * Drill-down: the records behind a KPI's figure for a period (and, optionally, one group of a
 * breakdown or category of a distribution). Personal data: never for the analyst role.
 */
@RequiresRole({Roles.ADMINISTRATOR, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR})
public record FindKpiRecordsQuery(KpiPeriod period, Kpi kpi, Breakdown breakdown, String group) {
}
