package org.convene.coordination.panel;

import org.axonframework.eventsourcing.conflictresolution.ConflictResolution;
import org.convene.coordination.panel.api.PanelCaseClosedEvent;
import org.convene.coordination.panel.api.PanelCaseOpenedEvent;
import org.convene.coordination.panel.api.PanelReferralJoinedCaseEvent;
import org.convene.coordination.panel.api.YoungPersonDiscussedAtPanelEvent;
import org.convene.coordination.shared.UnseenChanges;
import org.convene.coordination.shared.api.KnownAgencies;

/**
 * Which changes to a young person's panel record, made since the chair's screen was read, refuse
 * an outcome or a closure (decision 0022): another discussion (a new risk level), a closure, a
 * new referral joined, a merged duplicate's case joined (decision 0021) or a new case opened. Actions marked done do not. Called by
 * {@link PanelRecordHandler} right after loading the record with the command's expected version.
 */
final class PanelConflicts {

    private PanelConflicts() {
    }

    static void refuseOutcome(String ownDiscussionId, KnownAgencies agencies, String userId) {
        UnseenChanges.refuseIfConflicting(ConflictResolution.getConflictResolver(),
                e -> conflict(e, ownDiscussionId), agencies, userId, "record the outcome again");
    }

    static void refuseClosure(KnownAgencies agencies, String userId) {
        UnseenChanges.refuseIfConflicting(ConflictResolution.getConflictResolver(), e -> conflict(e, null), agencies,
                userId, "decide again whether to close the case");
    }

    /** The command's own discussion id (a retry) is not someone else's change. */
    static String conflict(Object event, String ownDiscussionId) {
        if (event instanceof YoungPersonDiscussedAtPanelEvent e && !e.discussionId().equals(ownDiscussionId)) {
            return "recorded the panel's outcome" + (e.riskLevel() == null ? ""
                    : " (risk " + e.riskLevel().label().toLowerCase(java.util.Locale.UK) + ")");
        }
        if (event instanceof PanelCaseClosedEvent e && (e.discussionId() == null
                || !e.discussionId().equals(ownDiscussionId))) {
            return "closed the panel case";
        }
        if (event instanceof PanelReferralJoinedCaseEvent) {
            return "added a new referral to the case";
        }
        if (event instanceof org.convene.coordination.panel.api.PanelCaseMergedInEvent) {
            return "merged a duplicate child record, whose panel case joined this one";
        }
        return event instanceof PanelCaseOpenedEvent ? "opened a new panel case" : null;
    }
}
