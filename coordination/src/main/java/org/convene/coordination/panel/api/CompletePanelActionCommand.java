package org.convene.coordination.panel.api;

import java.time.LocalDate;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The owner agency marks a panel action done, with when and the outcome. Only the owner agency may. */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.RETURN_INTERVIEW_WORKER})
public record CompletePanelActionCommand(String childId, String actionId, LocalDate completedOn, String outcome) {
}
