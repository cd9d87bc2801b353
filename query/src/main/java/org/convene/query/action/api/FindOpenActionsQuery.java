package org.convene.query.action.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The open (not done) actions owned by one agency, soonest due first. */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER,
        Roles.RETURN_INTERVIEW_WORKER})
public record FindOpenActionsQuery(String ownerAgencyId) {
}
