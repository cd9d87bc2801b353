package org.convene.coordination.kpi.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/** An administrator changed the child population or its source. Permanent. */
public record ChildPopulationChangedEvent(String settingsId, int previousPopulation, String previousSource,
                                          int population, String source, RecordedBy recordedBy,
                                          Instant recordedAt) {
}
