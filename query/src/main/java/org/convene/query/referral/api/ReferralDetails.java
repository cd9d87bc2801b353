package org.convene.query.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.referral.api.ReferralType;

/**
 * A referral as the meeting sees it. {@code contributions} holds each agency's latest contribution
 * (earlier ones in {@code supersededContributions}); {@code decisions} lists the original decision
 * and every revision in order, the last being the one in force.
 *
 * @param version the sequence number of the referral's latest event shown here ({@code null} when not
 *                known): sent back with an edit, so a change made since is not overridden unseen
 */
public record ReferralDetails(
        String referralId,
        ReferralStatus status,
        Instant receivedAt,
        String sourceCode,
        String sourceDescription,
        ReferralType type,
        LocalDate incidentDate,
        List<ChildRef> children,
        List<InvolvedAdult> adults,
        List<String> concernCodes,
        DashLevel dashLevel,
        String narrative,
        boolean urgent,
        String externalReference,
        String recordedByUser,
        String recordedByAgency,
        Instant recordedAt,
        Instant screeningDueBy,
        List<ContributionView> contributions,
        List<ContributionView> supersededContributions,
        List<DecisionView> decisions,
        List<ActionView> actions,
        String withdrawnReason,
        Long version) {
}
