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
 * @param discussedOn the meeting date
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
        String closureNote) {
}
