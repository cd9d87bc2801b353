package org.convene.coordination.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * Record a referral (notification) received about one or more children, who must already have a
 * child record. Sending the same referral id twice records nothing the second time; imports derive
 * the id from the source's own reference so a re-imported file records nothing twice.
 *
 * @param sourceCode        DfE source-of-referral code (e.g. {@code 6} for police)
 * @param concernCodes      DfE assessment-factor codes (e.g. {@code 3A})
 * @param dashLevel         required for a police domestic-abuse notification
 * @param externalReference the source's own reference (e.g. the police occurrence number), may be null
 */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR})
public record ReceiveReferralCommand(
        @TargetAggregateIdentifier String referralId,
        Instant receivedAt,
        String sourceCode,
        ReferralType type,
        LocalDate incidentDate,
        List<String> childIds,
        List<InvolvedAdult> adults,
        List<String> concernCodes,
        DashLevel dashLevel,
        String narrative,
        boolean urgent,
        String externalReference) {
}
