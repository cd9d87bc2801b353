package org.convene.coordination.panel.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.shared.api.RecordedBy;

/**
 * Two child records were merged and the duplicate record's open panel case came to the surviving
 * record: its referrals, concerns, risk and open actions joined the survivor's open case, or, when
 * the survivor had none, opened the survivor's next case with them. (The duplicate's case is then
 * closed as {@link ClosureReason#MERGED}.) Recorded by the system. Permanent.
 *
 * @param childId           the surviving child record
 * @param caseId            the survivor's case that now holds it
 * @param openedTheCase     the survivor had no open case: this opened {@code caseId}
 * @param caseReferredAt    when the case (as it is now) was first referred: the earlier of the two
 * @param riskLevel         the case's risk level now: the higher of the two cases' levels
 * @param discussed         the case (as it is now) has been discussed at the panel
 * @param nextReviewDate    the case's next review now: the sooner of the two, or {@code null}
 * @param referrals         the duplicate case's referrals, now part of {@code caseId}
 * @param exploitationTypes the duplicate case's types of exploitation
 * @param openActions       the duplicate case's open actions, now part of {@code caseId}
 */
public record PanelCaseMergedInEvent(
        String childId,
        String caseId,
        boolean openedTheCase,
        String duplicateChildId,
        String duplicateCaseId,
        Instant caseReferredAt,
        PanelRiskLevel riskLevel,
        boolean discussed,
        LocalDate nextReviewDate,
        List<Referral> referrals,
        List<ExploitationType> exploitationTypes,
        List<Action> openActions,
        RecordedBy recordedBy,
        Instant recordedAt) {

    /** A referral of the duplicate's case, as it was recorded there. */
    public record Referral(String panelReferralId, PanelReferralSource source, String sourceReference,
                           List<ExploitationType> exploitationTypes, PanelRiskLevel riskLevel, String reason,
                           Instant referredAt, String agencyId) {
    }

    /** An open action of the duplicate's case, as agreed there. */
    public record Action(String actionId, ActionHeading heading, String description, String ownerAgencyId,
                         LocalDate dueDate, LocalDate agreedOn) {
    }
}
