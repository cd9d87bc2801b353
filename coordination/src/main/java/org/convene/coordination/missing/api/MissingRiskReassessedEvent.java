package org.convene.coordination.missing.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/** The risk of a missing episode was reassessed. Permanent. */
public record MissingRiskReassessedEvent(String episodeId, String childId, MissingRiskLevel previousRiskLevel,
                                         MissingRiskLevel riskLevel, String reason, RecordedBy recordedBy,
                                         Instant recordedAt) {
}
