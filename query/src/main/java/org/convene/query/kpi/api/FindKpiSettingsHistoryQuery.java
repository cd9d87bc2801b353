package org.convene.query.kpi.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** Who changed the KPI settings, what from what to what, and when: the latest {@code limit} changes, newest first. */
@RequiresRole({Roles.ADMINISTRATOR})
public record FindKpiSettingsHistoryQuery(int limit) {
}
