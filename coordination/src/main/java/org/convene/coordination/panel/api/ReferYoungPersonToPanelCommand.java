package org.convene.coordination.panel.api;

import java.util.List;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * An agency refers a young person to the exploitation panel directly. Opens a panel case, or joins
 * the young person's open case. Sending the same {@code panelReferralId} again records nothing.
 */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.RETURN_INTERVIEW_WORKER})
public record ReferYoungPersonToPanelCommand(String childId, String panelReferralId,
                                             List<ExploitationType> exploitationTypes, PanelRiskLevel riskLevel,
                                             String reason) {
}
