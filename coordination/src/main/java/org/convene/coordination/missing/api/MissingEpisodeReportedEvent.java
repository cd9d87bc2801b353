package org.convene.coordination.missing.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/** A child was reported missing. Permanent. {@code lastSeenAt} is when the episode started. */
public record MissingEpisodeReportedEvent(
        String episodeId,
        String childId,
        MissingFrom missingFrom,
        CareAbsenceType careAbsenceType,
        Instant lastSeenAt,
        String policeReference,
        MissingRiskLevel riskLevel,
        String reportedBy,
        String circumstances,
        String lastKnownLocation,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
