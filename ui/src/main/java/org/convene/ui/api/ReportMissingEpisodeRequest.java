package org.convene.ui.api;

import java.time.Instant;

import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.intake.IntakeChild;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/missing-episodes}: a {@link ReportMissingEpisodeCommand}. Leave out
 * {@code episodeId} and the server makes one; send your own to retry safely (the same id twice
 * records nothing the second time and answers 409).
 */
@Schema(description = "A police notification that a child (with a child record, or described) is missing. Fictitious example data only.")
public record ReportMissingEpisodeRequest(
        @Schema(description = "Optional client id for idempotent retries: 1-100 of A-Z a-z 0-9 . _ -",
                example = "7d1f2c3a-8a4b-4f0e-9a55-1c2d3e4f5a6b") String episodeId,
        @Schema(description = "id of a registered child (POST /api/children); or give `child`") String childId,
        @Schema(description = "the child described by name and date of birth, instead of childId: the current record "
                + "with exactly this name and date of birth when there is one (also one registered a moment ago), "
                + "otherwise a new record") RegisterChildRequest child,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) MissingFrom missingFrom,
        @Schema(description = "required when missingFrom is CARE (M missing, A away without authorisation); "
                + "absent otherwise") CareAbsenceType careAbsenceType,
        @Schema(example = "2026-01-05T21:00:00Z", requiredMode = Schema.RequiredMode.REQUIRED) Instant lastSeenAt,
        @Schema(example = "MP-2026-0042", requiredMode = Schema.RequiredMode.REQUIRED) String policeReference,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) MissingRiskLevel riskLevel,
        @Schema(example = "foster carer") String reportedBy,
        String circumstances,
        String lastKnownLocation) {

    /** The chosen record, or the described child (with a new id, used if no record matches). */
    IntakeChild intakeChild() {
        return child == null || childId != null ? IntakeChild.existing(childId)
                : IntakeChild.matchOrRegister(child.toCommand(java.util.UUID.randomUUID().toString()));
    }

    ReportMissingEpisodeCommand toCommand(String id) {
        return new ReportMissingEpisodeCommand(id, childId, missingFrom, careAbsenceType, lastSeenAt, policeReference,
                riskLevel, reportedBy, circumstances, lastKnownLocation);
    }
}
