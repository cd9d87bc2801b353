package org.convene.coordination.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/** Withdraw a referral that should not be screened (e.g. recorded in error, duplicate). Needs a reason. */
@RequiresRole({Roles.SCREENER, Roles.MEETING_CHAIR})
public record WithdrawReferralCommand(@TargetAggregateIdentifier String referralId, String reason) {
}
