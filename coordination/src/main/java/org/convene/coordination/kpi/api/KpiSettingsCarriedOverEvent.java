package org.convene.coordination.kpi.api;

import java.time.Instant;
import java.util.Map;

import org.convene.coordination.shared.api.RecordedBy;

/**
 * The settings in force when their history began (saved by an earlier release, or the defaults),
 * recorded by the system. Permanent.
 *
 * @param formerlySetBy who saved them with the earlier release ({@code null}: the defaults)
 * @param formerlySetAt when they saved them ({@code null}: the defaults)
 */
public record KpiSettingsCarriedOverEvent(String settingsId, int childPopulation, String populationSource,
                                          Map<String, KpiThresholds> targets, String formerlySetBy,
                                          Instant formerlySetAt, RecordedBy recordedBy, Instant recordedAt) {
}
