package org.convene.query.missing.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** Children missing now, longest missing first; live updates carry an item, or {@code removed} on return. */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.RETURN_INTERVIEW_WORKER, Roles.PANEL_CHAIR})
public record FindMissingNowQuery() {
}
