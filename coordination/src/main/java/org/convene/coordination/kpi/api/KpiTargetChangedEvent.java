package org.convene.coordination.kpi.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/**
 * An administrator set, changed or removed one KPI's target. Permanent.
 *
 * @param kpi      the KPI's id
 * @param previous the target before ({@code null}: none)
 * @param target   the target now ({@code null}: removed)
 */
public record KpiTargetChangedEvent(String settingsId, String kpi, KpiThresholds previous, KpiThresholds target,
                                    RecordedBy recordedBy, Instant recordedAt) {
}
