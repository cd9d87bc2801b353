package org.convene.coordination.panel.api;

import java.time.Instant;
import java.util.List;

import org.convene.coordination.shared.api.RecordedBy;

/**
 * A young person with no open panel case was referred to the exploitation panel: a new panel case
 * is open. Permanent.
 *
 * @param caseId            the young person's case ({@link PanelIds#caseId}); one open at a time
 * @param panelReferralId   this referral's id (for system referrals derived from what triggered it)
 * @param sourceReference   the screening referral id, the missing flag id, or empty for an agency referral
 * @param exploitationTypes the types of exploitation of concern (may be empty when a trigger named none)
 * @param riskLevel         the initial risk level given by the referrer; {@code null} when not yet assessed
 * @param referredAt        when the referral was made (the decision or flag time for triggered referrals)
 */
public record PanelCaseOpenedEvent(
        String childId,
        String caseId,
        String panelReferralId,
        PanelReferralSource source,
        String sourceReference,
        List<ExploitationType> exploitationTypes,
        PanelRiskLevel riskLevel,
        String reason,
        Instant referredAt,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
