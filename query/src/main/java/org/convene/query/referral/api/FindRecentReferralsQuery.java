package org.convene.query.referral.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** The most recently received referrals, newest first. */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.ADMINISTRATOR})
public record FindRecentReferralsQuery(int limit) {

    public static final int MAX_LIMIT = 500;

    public FindRecentReferralsQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
