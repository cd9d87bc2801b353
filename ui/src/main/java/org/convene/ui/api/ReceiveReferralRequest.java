package org.convene.ui.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.intake.IntakeChild;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/referrals}: a {@link ReceiveReferralCommand} about registered children
 * (by id) or children described (matched on the write side, or registered). Leave out
 * {@code referralId} and the server makes one; send your own to retry safely (the same id twice
 * records nothing the second time and answers 409).
 */
@Schema(description = "A referral about children with a child record (by id) or described by name and date of birth. Fictitious example data only.")
public record ReceiveReferralRequest(
        @Schema(description = "Optional client id for idempotent retries: 1-100 of A-Z a-z 0-9 . _ -",
                example = "3f0c6a52-0f4e-4c55-9d0e-52d7a1f5b8a1") String referralId,
        @Schema(example = "2026-01-05T09:30:00Z", requiredMode = Schema.RequiredMode.REQUIRED) Instant receivedAt,
        @Schema(example = "6", description = "DfE source-of-referral code (6 = police)",
                requiredMode = Schema.RequiredMode.REQUIRED) String sourceCode,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ReferralType type,
        @Schema(example = "2026-01-04") LocalDate incidentDate,
        @Schema(description = "ids of registered children (POST /api/children); give these, `children`, or both")
        List<String> childIds,
        @Schema(description = "children described by name and date of birth: each is the current record with exactly "
                + "this name and date of birth when there is one such record (also one registered a moment ago), "
                + "otherwise a new record is made") List<RegisterChildRequest> children,
        List<InvolvedAdult> adults,
        @Schema(description = "DfE assessment-factor codes", example = "[\"3A\"]") List<String> concernCodes,
        @Schema(description = "required for a police domestic-abuse notification") DashLevel dashLevel,
        String narrative,
        boolean urgent,
        @Schema(description = "the source's own reference, e.g. the police occurrence number") String externalReference) {

    ReceiveReferralCommand toCommand(String id) {
        return new ReceiveReferralCommand(id, receivedAt, sourceCode, type, incidentDate, List.of(), adults,
                concernCodes, dashLevel, narrative, urgent, externalReference);
    }

    /** The chosen records, then the described children (each with a new id, used if no record matches). */
    List<IntakeChild> intakeChildren() {
        List<IntakeChild> named = new ArrayList<>();
        (childIds == null ? List.<String>of() : childIds).forEach(id -> named.add(IntakeChild.existing(id)));
        (children == null ? List.<RegisterChildRequest>of() : children).forEach(child -> named.add(
                IntakeChild.matchOrRegister(child.toCommand(UUID.randomUUID().toString()))));
        return named;
    }
}
