package org.convene.query.child.api;

import java.time.LocalDate;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * Existing child records that are likely the same child: the same or a similar name with the same
 * date of birth (also tolerating day and month swapped). Offered before a new record is made, and
 * used by panel chairs and members to find the young person they refer to the panel.
 */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.ADMINISTRATOR, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER})
public record FindLikelyChildMatchesQuery(String fullName, LocalDate dateOfBirth) {
}
