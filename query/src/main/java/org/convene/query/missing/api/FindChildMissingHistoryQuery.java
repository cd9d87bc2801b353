package org.convene.query.missing.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** One child's missing episodes, newest first. */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.RETURN_INTERVIEW_WORKER, Roles.PANEL_CHAIR,
        Roles.PANEL_MEMBER, Roles.ADMINISTRATOR})
public record FindChildMissingHistoryQuery(String childId) {
}
