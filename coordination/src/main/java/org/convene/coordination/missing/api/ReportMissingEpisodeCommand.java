package org.convene.coordination.missing.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * A police notification that a child is missing. The child must have a record.
 *
 * @param careAbsenceType required when missing from care (M or A), absent otherwise
 * @param reportedBy      who reported the child missing (e.g. "foster carer")
 */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR})
public record ReportMissingEpisodeCommand(
        @TargetAggregateIdentifier String episodeId,
        String childId,
        MissingFrom missingFrom,
        CareAbsenceType careAbsenceType,
        Instant lastSeenAt,
        String policeReference,
        MissingRiskLevel riskLevel,
        String reportedBy,
        String circumstances,
        String lastKnownLocation) {
}
