package org.convene.query.kpi.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** An administrator sets the child population and the KPI targets (reporting configuration, not case data). */
@RequiresRole({Roles.ADMINISTRATOR})
public record UpdateKpiSettingsCommand(KpiSettings settings) {
}
