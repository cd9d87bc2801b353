package org.convene.query.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelDiscussionType;
import org.convene.coordination.panel.api.PanelReferralSource;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A young person's current (or latest) panel case, keyed by child id. Lists are keyed by their own
 * ids (referral, discussion, action), so a redelivered event replaces rather than adds.
 */
@Document(PanelCaseDocument.COLLECTION)
class PanelCaseDocument {

    static final String COLLECTION = "panel_cases";

    @Id
    String childId;
    String caseId;
    int caseNumber;
    boolean open;
    Instant referredAt;
    PanelRiskLevel riskLevel;
    List<ExploitationType> exploitationTypes = new ArrayList<>();
    LocalDate nextReviewDate;
    List<Referral> referrals = new ArrayList<>();
    List<Discussion> discussions = new ArrayList<>();
    List<Action> actions = new ArrayList<>();
    List<String> placesOfConcern = new ArrayList<>();
    List<String> peerGroupsOfConcern = new ArrayList<>();
    Closure closure;
    List<Closure> previousCases = new ArrayList<>();
    /** The sequence number of the young person's panel record's latest event seen here ({@code null}: before). */
    Long version;

    record Referral(String panelReferralId, PanelReferralSource source, String sourceReference,
                    List<ExploitationType> exploitationTypes, PanelRiskLevel riskLevel, String reason,
                    Instant referredAt, String agencyId, boolean openedTheCase) {
    }

    record Discussion(String discussionId, String meetingId, LocalDate discussedOn, PanelDiscussionType type,
                      PanelRiskLevel previousRiskLevel, PanelRiskLevel riskLevel, String rationale,
                      LocalDate nextReviewDate, Instant recordedAt) {
    }

    record Action(String actionId, ActionHeading heading, String description, String ownerAgencyId,
                  LocalDate agreedOn, LocalDate dueDate, String status, LocalDate completedOn, String outcome) {
    }

    record Closure(String caseId, Instant referredAt, LocalDate closedOn, ClosureReason reason, String note) {
    }
}
