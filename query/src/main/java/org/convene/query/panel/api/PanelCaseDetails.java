package org.convene.query.panel.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelDiscussionType;
import org.convene.coordination.panel.api.PanelReferralSource;
import org.convene.coordination.panel.api.PanelRiskLevel;

/**
 * A young person's current (or latest) panel case: referrals and concerns joined, risk history,
 * discussions, actions by heading, places and peer groups of concern, closure.
 *
 * @param open          whether the case is open
 * @param previousCases earlier closed cases of the same young person
 * @param version       the young person's panel record's version as shown here ({@code null}: not known),
 *                      sent back with an outcome or a closure so a change made since is not overridden
 */
public record PanelCaseDetails(String childId, String childName, LocalDate dateOfBirth, String caseId, boolean open,
                               PanelRiskLevel riskLevel, List<ExploitationType> exploitationTypes,
                               Instant referredAt, LocalDate nextReviewDate, List<Referral> referrals,
                               List<RiskChange> riskHistory, List<Discussion> discussions, List<Action> actions,
                               List<String> placesOfConcern, List<String> peerGroupsOfConcern, Closure closure,
                               List<Closure> previousCases, int referralsInLast12Months, Set<DriftFlag> driftFlags,
                               Long version) {

    public record Referral(String panelReferralId, PanelReferralSource source, String sourceReference,
                           List<ExploitationType> exploitationTypes, PanelRiskLevel riskLevel, String reason,
                           Instant referredAt, String agencyId, boolean openedTheCase) {
    }

    /** A risk level set on a date: the referrer's initial level, then each discussion's. */
    public record RiskChange(LocalDate on, PanelRiskLevel riskLevel, String source, String rationale) {
    }

    public record Discussion(String discussionId, String meetingId, LocalDate discussedOn, PanelDiscussionType type,
                             PanelRiskLevel previousRiskLevel, PanelRiskLevel riskLevel, String rationale,
                             LocalDate nextReviewDate) {
    }

    /** {@code status}: OPEN, DONE or WITHDRAWN (left open when the case closed). */
    public record Action(String actionId, ActionHeading heading, String description, String ownerAgencyId,
                         LocalDate agreedOn, LocalDate dueDate, String status, LocalDate completedOn, String outcome,
                         boolean overdue) {
    }

    public record Closure(String caseId, Instant referredAt, LocalDate closedOn, ClosureReason reason, String note) {
    }
}
