package org.convene.query.missing.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.audit.api.AccessPurpose;

/**
 * One child's missing episodes, newest first. An audited read: answering it adds one entry to the
 * child's access log with the purpose given here; refused without a purpose.
 */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.RETURN_INTERVIEW_WORKER, Roles.PANEL_CHAIR,
        Roles.PANEL_MEMBER, Roles.ADMINISTRATOR})
public record FindChildMissingHistoryQuery(String childId, AccessPurpose purpose) {
}
