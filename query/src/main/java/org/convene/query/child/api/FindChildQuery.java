package org.convene.query.child.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** One child's record; a merged duplicate answers with the surviving record. */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER,
        Roles.RETURN_INTERVIEW_WORKER, Roles.ADMINISTRATOR})
public record FindChildQuery(String childId) {
}
