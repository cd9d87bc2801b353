package org.convene.query.referral.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * Today's meeting board: every referral awaiting screening, most urgent first (urgent flag, then
 * DASH level high to standard, then oldest receipt first). Subscription updates carry a whole
 * {@link MeetingBoardItem} (added or changed) or a removal.
 */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR})
public record FindMeetingBoardQuery() {
}
