package org.convene.query.missing.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** Returned children still awaiting a return-interview outcome, soonest due first (overdue first). */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.RETURN_INTERVIEW_WORKER})
public record FindAwaitingInterviewQuery() {
}
