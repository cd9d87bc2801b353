package org.convene.query.referral.api;

import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** Everything about one referral: the intake, each agency's contribution, decisions and actions. */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.ADMINISTRATOR})
public record FindReferralDetailsQuery(String referralId) {
}
