package org.convene.query.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelActionAgreedEvent;
import org.convene.coordination.panel.api.PanelActionCompletedEvent;
import org.convene.coordination.panel.api.PanelCaseClosedEvent;
import org.convene.coordination.panel.api.PanelCaseMergedInEvent;
import org.convene.coordination.panel.api.PanelCaseOpenedEvent;
import org.convene.coordination.panel.api.PanelDiscussionType;
import org.convene.coordination.panel.api.PanelIds;
import org.convene.coordination.panel.api.PanelReferralJoinedCaseEvent;
import org.convene.coordination.panel.api.PanelReferralSource;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.YoungPersonDiscussedAtPanelEvent;
import org.convene.coordination.shared.api.RecordedBy;

/** Fictitious exploitation-panel events for projection tests. */
public final class PanelEvents {

    public static final RecordedBy CHAIR = new RecordedBy("panel.chair", "northshire-csc");
    public static final RecordedBy POLICE = new RecordedBy("panel.member", "northshire-police");

    private PanelEvents() {
    }

    public static String caseOf(String childId, int n) {
        return PanelIds.caseId(childId, n);
    }

    public static PanelCaseOpenedEvent opened(String childId, int caseNumber, String referralId, PanelRiskLevel risk,
                                              Instant at) {
        return new PanelCaseOpenedEvent(childId, caseOf(childId, caseNumber), referralId,
                PanelReferralSource.AGENCY_REFERRAL, null, List.of(ExploitationType.CRIMINAL), risk,
                "Seen with older males at Northgate station", at, POLICE, at);
    }

    public static PanelReferralJoinedCaseEvent joined(String childId, int caseNumber, String referralId, Instant at) {
        return new PanelReferralJoinedCaseEvent(childId, caseOf(childId, caseNumber), referralId,
                PanelReferralSource.MISSING_FLAG, "flag-" + referralId, List.of(ExploitationType.SEXUAL), null,
                "Flagged by repeat missing episodes.", at, new RecordedBy("convene-system", "convene"), at);
    }

    public static YoungPersonDiscussedAtPanelEvent discussed(String childId, int caseNumber, String discussionId,
                                                             String meetingId, LocalDate on, PanelDiscussionType type,
                                                             PanelRiskLevel previous, PanelRiskLevel agreed,
                                                             LocalDate nextReview, Instant referredAt,
                                                             Instant recordedAt) {
        return new YoungPersonDiscussedAtPanelEvent(childId, caseOf(childId, caseNumber), discussionId, meetingId, on,
                type, previous, agreed, "Rationale " + discussionId, List.of(ExploitationType.CRIMINAL),
                List.of("Northgate bus station"), List.of("Canal Street group"), nextReview, referredAt, CHAIR,
                recordedAt);
    }

    public static PanelActionAgreedEvent action(String childId, int caseNumber, String actionId, ActionHeading heading,
                                                String owner, LocalDate agreedOn, LocalDate due, Instant recordedAt) {
        return new PanelActionAgreedEvent(childId, caseOf(childId, caseNumber), actionId, "d", "m", heading,
                "Action " + actionId, owner, due, agreedOn, CHAIR, recordedAt);
    }

    public static PanelActionCompletedEvent done(String childId, int caseNumber, String actionId, String owner,
                                                 LocalDate due, LocalDate on, Instant recordedAt) {
        return new PanelActionCompletedEvent(childId, caseOf(childId, caseNumber), actionId, ActionHeading.PROTECT,
                owner, due, on, !on.isAfter(due), "Done " + actionId, new RecordedBy("panel.member", owner),
                recordedAt);
    }

    public static PanelCaseClosedEvent closed(String childId, int caseNumber, ClosureReason reason, LocalDate on,
                                              List<String> withdrawn, Instant recordedAt) {
        return new PanelCaseClosedEvent(childId, caseOf(childId, caseNumber), reason, "Closed", on, null, null,
                withdrawn, CHAIR, recordedAt);
    }

    /**
     * The duplicate's case 1 came to the survivor's case {@code survivorCaseNumber}, with one referral
     * and one open action (as {@link #opened} and {@link #action} made them on the duplicate).
     */
    public static PanelCaseMergedInEvent mergedIn(String survivorId, int survivorCaseNumber, boolean openedTheCase,
                                                  String duplicateId, String referralId, Instant referredAt,
                                                  PanelRiskLevel risk, boolean discussed, LocalDate nextReview,
                                                  String actionId, LocalDate agreedOn, LocalDate due,
                                                  Instant recordedAt) {
        return new PanelCaseMergedInEvent(survivorId, caseOf(survivorId, survivorCaseNumber), openedTheCase,
                duplicateId, caseOf(duplicateId, 1), referredAt, risk, discussed, nextReview,
                List.of(new PanelCaseMergedInEvent.Referral(referralId, PanelReferralSource.AGENCY_REFERRAL, null,
                        List.of(ExploitationType.CRIMINAL), risk, "Seen with older males at Northgate station",
                        referredAt, POLICE.agencyId())),
                List.of(ExploitationType.CRIMINAL),
                actionId == null ? List.of() : List.of(new PanelCaseMergedInEvent.Action(actionId, ActionHeading.PREVENT,
                        "Action " + actionId, "northshire-csc", due, agreedOn)),
                new RecordedBy("convene-system", "convene"), recordedAt);
    }
}
