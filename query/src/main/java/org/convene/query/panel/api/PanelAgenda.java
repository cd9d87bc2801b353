package org.convene.query.panel.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.convene.coordination.panel.api.PanelRiskLevel;

/**
 * A meeting's agenda: new referrals, reviews due by the meeting date and the chair's additions
 * (minus deferred items, listed apart with their reasons), and who attended.
 */
public record PanelAgenda(PanelMeetingSummary meeting, List<Item> items, List<Deferred> deferred,
                          List<String> agenciesPresent, List<String> apologies) {

    /** Why a young person is on the agenda. */
    public enum Reason {
        NEW_REFERRAL("New referral"),
        REVIEW_DUE("Review due"),
        ADDED_BY_CHAIR("Added by the chair");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param note            the chair's reason for an added item
     * @param discussed       whether the outcome for this meeting is recorded
     * @param agreedRiskLevel the risk level agreed at this meeting, when discussed
     * @param closed          whether the case was closed at this meeting
     * @param version         the young person's panel record's version as shown (sent with the outcome)
     */
    public record Item(String childId, String childName, LocalDate dateOfBirth, Reason reason, String note,
                       PanelRiskLevel riskLevel, LocalDate nextReviewDate, Set<DriftFlag> driftFlags,
                       boolean discussed, PanelRiskLevel agreedRiskLevel, boolean closed, Long version) {
    }

    public record Deferred(String childId, String childName, String reason) {
    }
}
