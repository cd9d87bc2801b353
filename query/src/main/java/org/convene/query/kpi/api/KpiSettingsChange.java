package org.convene.query.kpi.api;

import java.time.Instant;

/**
 * One change of the KPI settings: when, who (user and agency), what ("Child population", a KPI's
 * name) and the value before and after, in words ("Green at least 95%, Amber at least 85%", "No target").
 */
public record KpiSettingsChange(Instant at, String userId, String agencyId, String what, String from, String to) {
}
