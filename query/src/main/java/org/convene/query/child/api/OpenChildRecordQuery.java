package org.convene.query.child.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.audit.api.AccessPurpose;

/**
 * A child's record opened for reading (the REST API's child record): an audited read, refused
 * without a purpose. Screens that only need a child's name use {@link FindChildQuery}.
 */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER,
        Roles.RETURN_INTERVIEW_WORKER, Roles.ADMINISTRATOR})
public record OpenChildRecordQuery(String childId, AccessPurpose purpose) {
}
