package org.convene.coordination.panel.api;

import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * The panel chair records the outcome of a young person's discussion: the agreed risk level with
 * its rationale, actions, places and peer groups of concern, and either the next review date or a
 * closure reason. Sending the same {@code discussionId} again records nothing.
 *
 * @param discussedOn     the meeting date
 * @param expectedVersion the young person's panel record's version as the chair's screen showed it
 *                        (the agenda item or the case page); another discussion, a closure, a new
 *                        referral joined or a new case recorded since refuses the command, naming
 *                        it. {@code null}: no check.
 */
@RequiresRole({Roles.PANEL_CHAIR})
public record RecordPanelDiscussionCommand(
        String childId,
        String discussionId,
        String meetingId,
        LocalDate discussedOn,
        PanelRiskLevel riskLevel,
        String rationale,
        List<ExploitationType> exploitationTypes,
        List<String> placesOfConcern,
        List<String> peerGroupsOfConcern,
        List<PanelActionSpec> actions,
        LocalDate nextReviewDate,
        ClosureReason closureReason,
        String closureNote,
        Long expectedVersion) {

    /** Without a version: no check against changes made since a screen was read. */
    public RecordPanelDiscussionCommand(String childId, String discussionId, String meetingId, LocalDate discussedOn,
                                        PanelRiskLevel riskLevel, String rationale,
                                        List<ExploitationType> exploitationTypes, List<String> placesOfConcern,
                                        List<String> peerGroupsOfConcern, List<PanelActionSpec> actions,
                                        LocalDate nextReviewDate, ClosureReason closureReason, String closureNote) {
        this(childId, discussionId, meetingId, discussedOn, riskLevel, rationale, exploitationTypes, placesOfConcern,
                peerGroupsOfConcern, actions, nextReviewDate, closureReason, closureNote, null);
    }
}
